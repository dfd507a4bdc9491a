import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../../mocks/lib/net.ts';
import { createMock } from '../../mocks/registry.ts';
import type { StatefulMock } from '../../mocks/stateful/app.ts';
import { type NodeServer, serveOnNode } from '../../mocks/stateful/node.ts';

const reviews = '/api/v1/runtime/v1/observability/reviews';
const createPath = '/api/v1/runtime/v1/observability/executions/exec-1/reviews';
const key = { 'x-api-key': 'rf_demo_key' };
const validReview = JSON.stringify({ agentId: 'agent-1', rating: 'bad', comment: 'Gave the wrong opening hours' });

describe('the stateful mock core, served by node:http', () => {
  let mock: StatefulMock;
  let server: NodeServer;
  const call = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, { ...init, headers: { ...key, ...(init.headers as Record<string, string>) } });

  beforeAll(async () => {
    mock = createMock('runflow', { deterministic: true });
    server = await serveOnNode(mock, await freePort());
  });
  afterAll(() => server.close());
  beforeEach(() => mock.reset());

  it('answers an unknown route with 404 in the API\'s own error body', async () => {
    const response = await call('/nowhere');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('answers a wrong method with 405 and an Allow header', async () => {
    const response = await call(reviews, { method: 'PUT' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it('answers malformed JSON with 400 and keeps what was stored', async () => {
    await call(createPath, { method: 'POST', body: validReview, headers: { 'content-type': 'application/json' } });
    const response = await call('/api/v1/runtime/v1/observability/executions/exec-2/reviews', { method: 'POST', body: '{"agentId": ', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect((await response.json()).message[0]).toMatch(/^Malformed JSON/);
    expect((await (await call(reviews)).json()).total).toBe(1);
  });

  it('answers a body that is not JSON with 415', async () => {
    const response = await call(createPath, { method: 'POST', body: 'rating=bad', headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ statusCode: 415 });
  });

  it('answers a body over 1 MiB with 413 and stores nothing', async () => {
    const huge = JSON.stringify({ agentId: 'agent-1', rating: 'bad', comment: 'x'.repeat(1024 * 1024) });
    const response = await call(createPath, { method: 'POST', body: huge, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(413);
    expect((await (await call(reviews)).json()).total).toBe(0);
  });

  it('gives the same ids and timestamps after a reset in deterministic mode', async () => {
    const first = await (await call(createPath, { method: 'POST', body: validReview, headers: { 'content-type': 'application/json' } })).json();
    await call('/__mock/reset', { method: 'POST' });
    const again = await (await call(createPath, { method: 'POST', body: validReview, headers: { 'content-type': 'application/json' } })).json();
    expect(again).toEqual(first);
    expect(first).toMatchObject({ id: 'rev-000001', createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('loads a fixture over HTTP, replacing the state, and says which fixtures exist when asked for a missing one', async () => {
    await call(createPath, { method: 'POST', body: validReview, headers: { 'content-type': 'application/json' } });
    expect((await call('/__mock/fixtures/demo', { method: 'POST' })).status).toBe(204);
    const list = await (await call(reviews)).json();
    expect(list.reviews.map((review: { id: string }) => review.id)).toEqual(['rev-demo-2', 'rev-demo-1']);
    const missing = await call('/__mock/fixtures/nope', { method: 'POST' });
    expect(missing.status).toBe(404);
    expect((await missing.json()).message).toContain('known: demo');
  });
});
