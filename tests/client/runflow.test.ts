import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createRunflowClient, type RunflowError, type RunflowSchemas, type RunflowValidationError } from '../../client/runflow.ts';
import { sendJson, startTestServer, type TestServer } from '../helpers/http-server.ts';

const review: RunflowSchemas['Review'] = {
  id: 'rev-1', executionId: 'exec-1', agentId: 'agent-1', rating: 'bad', status: 'pending_review',
  priority: 'high', comment: 'Wrong opening hours given', tags: [], reviewedBy: 'qa-bot',
  createdAt: '2026-05-20T12:00:00.000Z', updatedAt: '2026-05-20T12:00:00.000Z',
};

describe('the Runflow client against a real HTTP server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer((request, response) => {
      if (request.url.startsWith('/api/v1/runtime/v1/observability/reviews/missing')) {
        return sendJson(response, 404, { statusCode: 404, message: 'Review not found', error: 'Not Found' });
      }
      if (request.method === 'POST' && request.url.endsWith('/reviews')) {
        return sendJson(response, 400, { statusCode: 400, message: ['rating must be one of good, bad, needs_improvement'], error: 'Bad Request' });
      }
      sendJson(response, 200, { reviews: [review], total: 1, limit: 50, offset: 0 });
    });
  });
  afterAll(() => server.close());

  it('sends the API key in the x-api-key header and query parameters as the contract names them', async () => {
    const client = createRunflowClient({ baseUrl: server.url, apiKey: 'rf_live_test' });
    const { data, error } = await client.GET('/api/v1/runtime/v1/observability/reviews', {
      params: { query: { status: 'resolved', limit: 10 } },
    });
    expect(error).toBeUndefined();
    expect(data?.reviews[0]?.status).toBe('pending_review');
    expectTypeOf(data!.reviews[0]!.rating).toEqualTypeOf<'good' | 'bad' | 'needs_improvement'>();
    const sent = server.requests.at(-1)!;
    expect(sent.headers['x-api-key']).toBe('rf_live_test');
    expect(sent.headers.authorization).toBeUndefined();
    expect(sent.url).toBe('/api/v1/runtime/v1/observability/reviews?status=resolved&limit=10');
  });

  it('sends the key as a bearer token when asked to', async () => {
    const client = createRunflowClient({ baseUrl: `${server.url}/`, apiKey: 'rf_live_test', authScheme: 'bearer' });
    await client.GET('/api/v1/runtime/v1/observability/reviews');
    const sent = server.requests.at(-1)!;
    expect(sent.headers.authorization).toBe('Bearer rf_live_test');
    expect(sent.headers['x-api-key']).toBeUndefined();
  });

  it('returns the API\'s own error body, typed, for a 404', async () => {
    const client = createRunflowClient({ baseUrl: server.url, apiKey: 'rf_live_test' });
    const { data, error, response } = await client.GET('/api/v1/runtime/v1/observability/reviews/{reviewId}', {
      params: { path: { reviewId: 'missing' } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual({ statusCode: 404, message: 'Review not found', error: 'Not Found' });
    // A 400 is documented too (a malformed review id), with its message array.
    expectTypeOf(error!).toEqualTypeOf<RunflowError | RunflowValidationError>();
  });

  it('returns the 400 body with its message array', async () => {
    const client = createRunflowClient({ baseUrl: server.url, apiKey: 'rf_live_test' });
    const { error } = await client.POST('/api/v1/runtime/v1/observability/executions/{executionId}/reviews', {
      params: { path: { executionId: 'exec-1' } },
      body: { agentId: 'agent-1', rating: 'bad', comment: 'Wrong opening hours given' },
    });
    expect(error?.message).toEqual(['rating must be one of good, bad, needs_improvement']);
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ agentId: 'agent-1', rating: 'bad', comment: 'Wrong opening hours given' });
  });

  it('refuses to build a client without an API key', () => {
    expect(() => createRunflowClient({ apiKey: '' })).toThrow('apiKey is required: expected a non-empty string, received an empty string');
    expect(() => createRunflowClient({} as never)).toThrow('received undefined');
  });
});
