import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findApi } from '../../apis/index.ts';
import { exampleRequest } from '../../contract/examples.ts';
import { listOperations, loadSpec } from '../../contract/spec.ts';
import { ContractValidator, formatViolation } from '../../contract/validator.ts';
import { freePort } from '../../mocks/lib/net.ts';
import { type RunningPrism, startPrism } from '../../mocks/prism/prism.ts';
import { isWebSocket } from '../../conformance/checks/support/operations.ts';
import { builtApis } from '../helpers/apis.ts';
import { callOperation } from '../helpers/call-operation.ts';

describe.each(builtApis())('Prism serving the %s contract', (api) => {
  const document = loadSpec(api);
  const validator = new ContractValidator(document);
  let prism: RunningPrism;
  beforeAll(async () => {
    prism = await startPrism({ api, port: await freePort(), verbosity: 'error' });
  });
  afterAll(() => prism?.stop());

  // A WebSocket upgrade (101) can be exercised neither with fetch nor by Prism.
  const httpOperations = listOperations(api).filter((operation) => !isWebSocket(operation));

  it.each(httpOperations.map((operation) => [operation.operationId, operation] as const))(
    'answers %s, called through the typed client, with a documented 2xx whose body matches the contract',
    async (_name, operation) => {
      const client = findApi(api).client(prism.url);
      const result = await callOperation(client, document, operation, exampleRequest(document, operation));
      const check = validator.checkResponse(operation, result.status, result.contentType, result.body);
      expect(result.status, JSON.stringify(result.body)).toBeGreaterThanOrEqual(200);
      expect(result.status, JSON.stringify(result.body)).toBeLessThan(300);
      expect(check.documentedStatus).toBeDefined();
      expect(check.violations.map(formatViolation)).toEqual([]);
    },
  );

  it('refuses a request without credentials with 401', async () => {
    const operation = listOperations(api).find((candidate) => candidate.method === 'get')!;
    const request = exampleRequest(document, operation);
    let path = operation.path;
    for (const [name, value] of Object.entries(request.path)) path = path.replace(`{${name}}`, encodeURIComponent(value));
    const response = await fetch(`${prism.url}${path}`, { headers: request.header });
    expect(response.status).toBe(401);
  });
});
