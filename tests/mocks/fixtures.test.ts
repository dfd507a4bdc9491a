/**
 * Every API's demo fixture (mocks/<api>/fixtures/demo.json) loads, and what it
 * holds is served as the contract documents it: each list operation answers 200
 * with a body valid against its schema, and the fixture's records are listed.
 */
import { describe, expect, it } from 'vitest';
import { exampleRequest } from '../../contract/examples.ts';
import { listOperations, loadSpec } from '../../contract/spec.ts';
import { apiIds, findApi } from '../../apis/index.ts';
import { createMock, readFixtures } from '../../mocks/registry.ts';
import { validatingFetch } from '../helpers/validating-fetch.ts';

/** The list operation of each API that must show fixture records, and the field that holds them. */
const listsThatMustShowRecords: Record<string, { operationId: string; itemsKey: string }[]> = {
  runflow: [{ operationId: 'listReviews', itemsKey: 'reviews' }],
  agentruntime: [
    { operationId: 'listWorkflows', itemsKey: 'data' },
    { operationId: 'listAgents', itemsKey: 'data' },
    { operationId: 'listConnections', itemsKey: 'data' },
  ],
  runtype: [
    { operationId: 'listFlows', itemsKey: 'data' },
    { operationId: 'listAgents', itemsKey: 'data' },
    { operationId: 'listSecrets', itemsKey: 'data' },
  ],
  'intent-runs': [{ operationId: 'listRuns', itemsKey: 'data' }],
};

describe.each(apiIds)('the %s demo fixture', (api) => {
  it('exists, loads over the control route, and every list operation serves it as documented', async () => {
    expect(Object.keys(readFixtures(api))).toContain('demo');
    const mock = createMock(api, { deterministic: true });
    const document = loadSpec(api);
    const baseUrl = `http://mock.local${new URL(document.servers?.[0]?.url ?? 'http://x').pathname.replace(/\/+$/, '')}`;
    expect((await mock.handle(new Request(`${new URL(baseUrl).origin}/__mock/fixtures/demo`, { method: 'POST' }))).status).toBe(204);

    const { fetch, problems } = validatingFetch(api, mock.handle);
    const itemsByOperation = new Map<string, unknown[]>();
    const lists = listOperations(api).filter((operation) => operation.method === 'get' && !operation.path.includes('{') && /^list/.test(operation.operationId));
    for (const operation of lists) {
      // Required filters (Runflow's agentId) from the contract's examples; the demo data uses them too.
      const url = new URL(`${baseUrl}${operation.path}`);
      for (const [name, value] of Object.entries(exampleRequest(document, operation).query)) url.searchParams.set(name, String(value));
      const response = await fetch(new Request(url, { headers: findApi(api).identities.demo }));
      expect(response.status, `${operation.operationId}: ${await response.clone().text()}`).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      for (const [key, value] of Object.entries(body)) if (Array.isArray(value)) itemsByOperation.set(`${operation.operationId}.${key}`, value);
    }
    expect(problems).toEqual([]);
    for (const { operationId, itemsKey } of listsThatMustShowRecords[api]!) {
      expect(itemsByOperation.get(`${operationId}.${itemsKey}`)?.length ?? 0, `${operationId} lists no fixture records`).toBeGreaterThan(0);
    }
  });
});
