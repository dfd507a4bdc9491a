/**
 * Parameter defaults come from the contract: the request parser fills a query
 * parameter the request leaves out with its documented `default`, so handlers
 * never repeat one. Each API's handler types declare which query parameters are
 * therefore always present; that list must be exactly what the contract defaults.
 */
import { describe, expect, it } from 'vitest';
import { listOperations, loadSpec, resolveRef, type JsonObject } from '../../contract/spec.ts';
import { agentRuntimeQueryDefaults } from '../../mocks/agentruntime/store.ts';
import { intentRunsQueryDefaults } from '../../mocks/intent-runs/store.ts';
import { createMock } from '../../mocks/registry.ts';
import { runflowQueryDefaults } from '../../mocks/runflow/store.ts';
import { runtypeQueryDefaults } from '../../mocks/runtype/store.ts';

/** Names that apply to every operation of the API, or names per operation. */
const declared: Record<string, readonly string[] | Readonly<Record<string, readonly string[]>>> = {
  agentruntime: agentRuntimeQueryDefaults,
  runflow: runflowQueryDefaults,
  runtype: runtypeQueryDefaults,
  'intent-runs': intentRunsQueryDefaults,
};

describe.each(Object.keys(declared))('the %s handler types', (api) => {
  it('treat as always present exactly the query parameters the contract gives a default, in every operation that has them', () => {
    const document = loadSpec(api);
    const names = declared[api]!;
    const declaredFor = (operationId: string): readonly string[] => (Array.isArray(names) ? names : ((names as Record<string, readonly string[]>)[operationId] ?? []));
    const missing: string[] = [];
    const withoutDefault: string[] = [];
    for (const operation of listOperations(api)) {
      const typed = declaredFor(operation.operationId);
      for (const parameter of operation.parameters.filter((candidate) => candidate.in === 'query')) {
        const schema = resolveRef<JsonObject>(document, parameter.schema ?? {});
        if (schema.default !== undefined && !typed.includes(parameter.name)) missing.push(`${operation.operationId} ${parameter.name}`);
        if (schema.default === undefined && typed.includes(parameter.name)) withoutDefault.push(`${operation.operationId} ${parameter.name}`);
      }
    }
    expect(missing).toEqual([]);
    expect(withoutDefault).toEqual([]);
  });
});

describe('the request parser', () => {
  const call = async (api: string, path: string, headers: Record<string, string>) => {
    const response = await createMock(api, { deterministic: true }).handle(new Request(`http://mock.local${path}`, { headers }));
    expect(response.status).toBe(200);
    return (await response.json()) as Record<string, unknown>;
  };

  it('fills Runflow\'s limit and offset when a list leaves them out', async () => {
    expect(await call('runflow', '/api/v1/runtime/v1/observability/reviews', { 'x-api-key': 'rf_k' })).toMatchObject({ limit: 50, offset: 0 });
  });

  it('fills Runtype\'s limit when a list leaves it out', async () => {
    expect(await call('runtype', '/v1/flows', { authorization: 'Bearer rt_k' })).toMatchObject({ pagination: { limit: 50 } });
  });

  it('fills intent-runs\' page and pageSize when a list leaves them out, and keeps what the request sends', async () => {
    expect(await call('intent-runs', '/v1/runs', { 'x-api-key': 'ir_k' })).toMatchObject({ page: 1, pageSize: 10 });
    expect(await call('intent-runs', '/v1/runs?page=3&pageSize=7', { 'x-api-key': 'ir_k' })).toMatchObject({ page: 3, pageSize: 7 });
  });
});
