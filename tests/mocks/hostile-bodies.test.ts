/**
 * Hostile JSON bodies (nesting thousands of levels deep, an object with a
 * hundred thousand keys, a number past the 64-bit float range, bytes that are
 * not UTF-8) get each API's own validation error, in its documented status and
 * error body, naming what was expected; the mock stays up and keeps what it had.
 * Each is put where the contract accepts free-form JSON, so only the shape
 * limits stand between it and the store.
 */
import { describe, expect, it } from 'vitest';
import { createMock } from '../../mocks/registry.ts';
import { validatingFetch } from '../helpers/validating-fetch.ts';

interface Target {
  api: string;
  /** The status the API documents for a request that fails validation. */
  validationStatus: number;
  headers: Record<string, string>;
  /** A POST whose body wraps a free-form JSON object (`fragment`). */
  post: { path: string; wrap(fragment: string): string };
  /** Something to store first, and the list that must still show it afterwards. */
  seed: { path: string; body: unknown };
  list: { path: string; count(body: Record<string, unknown>): number };
}

const targets: Target[] = [
  {
    api: 'runflow',
    validationStatus: 400,
    headers: { 'x-api-key': 'rf_k' },
    post: { path: '/api/v1/runtime/v1/observability/events', wrap: (fragment) => `{"events":[{"eventName":"signup","properties":${fragment}}]}` },
    seed: { path: '/api/v1/runtime/v1/observability/executions/exec-1/reviews', body: { agentId: 'agent-1', rating: 'bad', comment: 'Wrong opening hours' } },
    list: { path: '/api/v1/runtime/v1/observability/reviews', count: (body) => body.total as number },
  },
  {
    api: 'runtype',
    validationStatus: 400,
    headers: { authorization: 'Bearer rt_k' },
    post: { path: '/v1/flows', wrap: (fragment) => `{"name":"f","steps":[{"type":"prompt","name":"s","config":${fragment}}]}` },
    seed: { path: '/v1/flows', body: { name: 'Kept', steps: [] } },
    list: { path: '/v1/flows', count: (body) => (body.data as unknown[]).length },
  },
  {
    api: 'intent-runs',
    validationStatus: 400,
    headers: { 'x-api-key': 'ir_k' },
    post: { path: '/v1/runs', wrap: (fragment) => `{"intent":"i","selectedCustomerIntegrationIds":["*"],"context":"","userId":"u","outputSchema":${fragment}}` },
    seed: { path: '/v1/runs', body: { intent: 'Kept', selectedCustomerIntegrationIds: ['*'], context: '', userId: 'u' } },
    list: { path: '/v1/runs', count: (body) => body.total as number },
  },
  {
    api: 'agentruntime',
    // The seed: "422 Validation error".
    validationStatus: 422,
    headers: { authorization: 'Bearer pat_admin_acme_demo', 'x-tenant-id': 'acme', 'x-project-id': 'proj-main' },
    post: { path: '/v1/workflows', wrap: (fragment) => `{"name":"w","graph":{"steps":[{"id":"s","type":"llm","name":"n","config":${fragment}}],"edges":[]}}` },
    seed: { path: '/v1/workflows', body: { name: 'Kept' } },
    list: { path: '/v1/workflows', count: (body) => (body.data as unknown[]).length },
  },
];

function deeplyNested(levels: number): string {
  return '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
}

function manyKeys(count: number): string {
  const members: string[] = [];
  for (let index = 0; index < count; index++) members.push(`"${index.toString(36)}":0`);
  return `{${members.join(',')}}`;
}

/** Each hostile body, as the bytes sent, and a phrase of what its error must say was expected. */
const hostile: { name: string; bytes(target: Target): Uint8Array<ArrayBuffer>; expected: RegExp }[] = [
  { name: 'nesting 5,000 levels deep', bytes: (target) => new TextEncoder().encode(target.post.wrap(deeplyNested(5000))), expected: /at most 64 levels/ },
  { name: 'an object with 100,000 keys', bytes: (target) => new TextEncoder().encode(target.post.wrap(manyKeys(100_000))), expected: /at most 1000 properties/ },
  { name: 'the number 1e400', bytes: (target) => new TextEncoder().encode(target.post.wrap('{"n":1e400}')), expected: /64-bit float/ },
  {
    name: 'bytes that are not UTF-8',
    bytes: (target) => {
      const [before, after] = target.post.wrap('{"s":"#"}').split('#') as [string, string];
      return new Uint8Array([...new TextEncoder().encode(before), 0xff, 0xfe, 0xc3, ...new TextEncoder().encode(after)]);
    },
    expected: /UTF-8/,
  },
];

describe.each(targets)('the $api mock, sent hostile bodies', (target) => {
  it.each(hostile)('answers $name with its own validation error, stays up and keeps its data', async (attack) => {
    const mock = createMock(target.api, { deterministic: true });
    const { fetch, problems } = validatingFetch(target.api, mock.handle);
    const send = (method: string, path: string, body?: BodyInit) =>
      fetch(new Request(`http://mock.local${path}`, { method, body: body ?? null, headers: { ...target.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) } }));

    expect((await send('POST', target.seed.path, JSON.stringify(target.seed.body))).status).toBeLessThan(300);
    const before = (await (await send('GET', target.list.path)).json()) as Record<string, unknown>;

    const bytes = attack.bytes(target);
    expect(bytes.byteLength).toBeLessThan(1024 * 1024);
    const response = await send('POST', target.post.path, bytes);
    const text = await response.text();
    expect(response.status, text.slice(0, 300)).toBe(target.validationStatus);
    expect(text).toMatch(attack.expected);

    const after = await send('GET', target.list.path);
    expect(after.status).toBe(200);
    const listed = (await after.json()) as Record<string, unknown>;
    expect(target.list.count(listed)).toBe(target.list.count(before));
    expect(target.list.count(listed)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
