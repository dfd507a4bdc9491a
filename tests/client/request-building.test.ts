/**
 * The clients send what openapi-fetch would send, whether a call goes out through
 * the lightweight request carrier (no middleware) or as a real Request (middleware
 * registered, or a custom fetch): same method, URL, headers and body on the wire.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Middleware } from 'openapi-fetch';
import { createRunflowClient } from '../../client/runflow.ts';
import { sendJson, startTestServer, type TestServer } from '../helpers/http-server.ts';

const reviewsPath = '/api/v1/runtime/v1/observability/executions/{executionId}/reviews';
const newReview = { agentId: 'agent-1', rating: 'bad', comment: 'Gave the wrong opening hours' } as const;

describe('how a client builds its requests', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer((_request, response) => sendJson(response, 201, { id: 'rev-1' }));
  });
  afterAll(() => server.close());
  const lastRequest = () => server.requests.at(-1)!;

  it('without middleware, a POST arrives with its method, query-free URL, credentials, JSON content type and body', async () => {
    const runflow = createRunflowClient({ baseUrl: server.url, apiKey: 'rf_build', headers: { 'x-trace': 't-1' } });
    const { response } = await runflow.POST(reviewsPath, { params: { path: { executionId: 'exec 1' } }, body: newReview });
    expect(response.status).toBe(201);
    expect(lastRequest()).toMatchObject({
      method: 'POST',
      url: '/api/v1/runtime/v1/observability/executions/exec%201/reviews',
      headers: { 'x-api-key': 'rf_build', 'x-trace': 't-1', 'content-type': 'application/json' },
    });
    expect(JSON.parse(lastRequest().body)).toEqual(newReview);
  });

  it('a middleware registered with use() gets a real Request, and the Request it returns is what is sent', async () => {
    const runflow = createRunflowClient({ baseUrl: server.url, apiKey: 'rf_build' });
    const seen: boolean[] = [];
    const addTenantHint: Middleware = {
      onRequest({ request }) {
        seen.push(request instanceof Request);
        const headers = new Headers(request.headers);
        headers.set('x-tenant-hint', 'acme');
        return new Request(request, { headers });
      },
    };
    runflow.use(addTenantHint);
    await runflow.POST(reviewsPath, { params: { path: { executionId: 'exec-2' } }, body: newReview });
    expect(seen).toEqual([true]);
    expect(lastRequest().headers['x-tenant-hint']).toBe('acme');
    expect(JSON.parse(lastRequest().body)).toEqual(newReview);
  });

  it('a middleware passed to one call gets a real Request too, and the next call without it still works', async () => {
    const runflow = createRunflowClient({ baseUrl: server.url, apiKey: 'rf_build' });
    let sawRealRequest = false;
    const inspect: Middleware = {
      onRequest({ request }) {
        sawRealRequest = request instanceof Request;
      },
    };
    await runflow.POST(reviewsPath, { params: { path: { executionId: 'exec-3' } }, body: newReview, middleware: [inspect] });
    expect(sawRealRequest).toBe(true);
    const { response } = await runflow.POST(reviewsPath, { params: { path: { executionId: 'exec-4' } }, body: newReview });
    expect(response.status).toBe(201);
    expect(lastRequest().url).toContain('exec-4');
  });

  it('a custom fetch receives a real Request with the body readable', async () => {
    const received: { isRequest: boolean; method: string; body: unknown }[] = [];
    const runflow = createRunflowClient({
      baseUrl: server.url,
      apiKey: 'rf_build',
      fetch: async (request) => {
        received.push({ isRequest: request instanceof Request, method: request.method, body: await request.clone().json() });
        return fetch(request);
      },
    });
    await runflow.POST(reviewsPath, { params: { path: { executionId: 'exec-5' } }, body: newReview });
    expect(received).toEqual([{ isRequest: true, method: 'POST', body: newReview }]);
    expect(lastRequest().headers['x-api-key']).toBe('rf_build');
  });
});
