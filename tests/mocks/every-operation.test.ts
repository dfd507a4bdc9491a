/**
 * The stateful mock serves every operation of the four contracts: each one, called
 * through its typed client with the contract's own example request, gets a status
 * the operation documents and a body that matches its schema, never a 5xx.
 * (Behaviours are tested per API, and end to end by the conformance suite.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRequest } from '../../contract/examples.ts';
import { listOperations, loadSpec } from '../../contract/spec.ts';
import { ContractValidator, formatViolation } from '../../contract/validator.ts';
import { isWebSocket } from '../../conformance/checks/support/operations.ts';
import { freePort } from '../../mocks/lib/net.ts';
import { apiIds, findApi } from '../../apis/index.ts';
import { createMock } from '../../mocks/registry.ts';
import { type NodeServer, serveOnNode } from '../../mocks/stateful/node.ts';
import { callOperation } from '../helpers/call-operation.ts';

/** The context headers the clients send; the examples' own tenant would be another tenant's. */
const contextHeaders = new Set(['x-tenant-id', 'x-project-id']);

describe.each(apiIds)('the %s stateful mock', (api) => {
  const document = loadSpec(api);
  const validator = new ContractValidator(document);
  let server: NodeServer;
  beforeAll(async () => {
    server = await serveOnNode(createMock(api, { deterministic: true }), await freePort());
  });
  afterAll(() => server?.close());

  const base = () => `${server.url}${new URL(document.servers?.[0]?.url ?? 'http://x').pathname.replace(/\/+$/, '')}`;
  const httpOperations = listOperations(api).filter((operation) => !isWebSocket(operation));

  it.each(httpOperations.map((operation) => [operation.operationId, operation] as const))(
    'answers %s with a documented status and a body that matches the contract',
    async (_name, operation) => {
      const request = exampleRequest(document, operation);
      for (const name of Object.keys(request.header)) if (contextHeaders.has(name.toLowerCase())) delete request.header[name];
      const result = await callOperation(findApi(api).client(base()), document, operation, request);
      const check = validator.checkResponse(operation, result.status, result.contentType, result.body);
      const received = `${result.status} ${JSON.stringify(result.body)?.slice(0, 300)}`;
      expect(result.status, received).toBeLessThan(500);
      expect(check.documentedStatus, `status not documented: ${received}`).toBeDefined();
      expect(check.violations.map(formatViolation)).toEqual([]);
    },
  );
});
