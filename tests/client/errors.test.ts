import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createAgentRuntimeClient } from '../../client/agentruntime.ts';
import { ApiError, unwrap } from '../../client/errors.ts';
import { createRunflowClient, type RunflowError, type RunflowSchemas, type RunflowValidationError } from '../../client/runflow.ts';
import { sendJson, startTestServer, type TestServer } from '../helpers/http-server.ts';

const review: RunflowSchemas['Review'] = {
  id: 'rev-1', executionId: 'exec-1', agentId: 'agent-1', rating: 'good', status: 'pending_review',
  priority: 'low', comment: 'Answered the question well', tags: [], reviewedBy: 'qa-bot',
  createdAt: '2026-05-20T12:00:00.000Z', updatedAt: '2026-05-20T12:00:00.000Z',
};

describe('errors: the API\'s own body, typed, or thrown by unwrap()', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer((request, response) => {
      if (request.url.endsWith('/reviews/rev-1')) return sendJson(response, 200, review);
      if (request.url.startsWith('/v1/workflows/')) {
        return sendJson(response, 404, { code: 'not_found', message: 'Workflow wf-9 not found', request_id: 'req_body_7' });
      }
      if (request.url.endsWith('/plain')) return response.writeHead(502, { 'content-type': 'text/plain' }).end('upstream down');
      sendJson(response, 404, { statusCode: 404, message: 'Review not found', error: 'Not Found' }, { 'x-request-id': 'req_hdr_42' });
    });
  });
  afterAll(() => server.close());
  const runflow = () => createRunflowClient({ baseUrl: server.url, apiKey: 'rf_errors', retry: false });

  it('unwrap() returns the data, typed as the success body', async () => {
    const data = await unwrap(runflow().GET('/api/v1/runtime/v1/observability/reviews/{reviewId}', { params: { path: { reviewId: 'rev-1' } } }));
    expectTypeOf(data).toEqualTypeOf<RunflowSchemas['Review']>();
    expect(data.id).toBe('rev-1');
  });

  it('unwrap() throws ApiError with the status, the parsed body and the x-request-id header', async () => {
    const call = runflow().GET('/api/v1/runtime/v1/observability/reviews/{reviewId}', { params: { path: { reviewId: 'missing' } } });
    const failure = await unwrap(call).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    const apiError = failure as ApiError<RunflowError>;
    expect(apiError.status).toBe(404);
    expect(apiError.body).toEqual({ statusCode: 404, message: 'Review not found', error: 'Not Found' });
    expect(apiError.requestId).toBe('req_hdr_42');
    expect(apiError.message).toBe(`404 Not Found from ${server.url}/api/v1/runtime/v1/observability/reviews/missing: Review not found (request id req_hdr_42)`);
  });

  it('takes the request id from the body\'s request_id when the API puts it there (AgentRuntime)', async () => {
    const agentruntime = createAgentRuntimeClient({ baseUrl: server.url, token: 'pat_viewer_acme_x', tenantId: 'acme', projectId: 'p1', retry: false });
    const failure = (await unwrap(agentruntime.GET('/v1/workflows/{id}', { params: { path: { id: 'wf-9' } } } as never)).catch((error: unknown) => error)) as ApiError;
    expect(failure.status).toBe(404);
    expect(failure.requestId).toBe('req_body_7');
    expect(failure.message).toContain(': Workflow wf-9 not found (request id req_body_7)');
  });

  it('keeps a non-JSON error body as text', async () => {
    const failure = (await unwrap(runflow().GET('/plain' as never)).catch((error: unknown) => error)) as ApiError;
    expect(failure.status).toBe(502);
    expect(failure.body).toBe('upstream down');
    expect(failure.requestId).toBeUndefined();
  });

  it('without unwrap(), the same call returns the error body typed as the contract\'s', async () => {
    const { error } = await runflow().GET('/api/v1/runtime/v1/observability/reviews/{reviewId}', { params: { path: { reviewId: 'missing' } } });
    // A 400 is documented too (a malformed review id), with its message array.
    expectTypeOf(error!).toEqualTypeOf<RunflowError | RunflowValidationError>();
    expect(error?.message).toBe('Review not found');
  });
});
