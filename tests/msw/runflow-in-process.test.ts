import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRunflowClient, RUNFLOW_BASE_URL } from '../../client/runflow.ts';
import { createMock } from '../../mocks/registry.ts';

// A frontend-style unit test: no server and no port. MSW hands every request for
// the documented base URL to the stateful mock's Request -> Response function.
const mock = createMock('runflow', { deterministic: true });
const worker = setupServer(http.all(`${RUNFLOW_BASE_URL}/*`, ({ request }) => mock.handle(request)));

describe('the Runflow mock inside MSW, with the typed client', () => {
  beforeAll(() => worker.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => worker.close());
  beforeEach(() => mock.loadFixture('demo'));

  // Built per test, after MSW patched fetch: openapi-fetch keeps the fetch it was created with.
  let runflow: ReturnType<typeof createRunflowClient>;
  beforeEach(() => {
    runflow = createRunflowClient({ apiKey: 'rf_demo_key' });
  });

  it('lists the fixture\'s pending reviews, then resolves one, and the list follows', async () => {
    const pending = await runflow.GET('/api/v1/runtime/v1/observability/reviews', { params: { query: { status: 'pending_review' } } });
    expect(pending.data?.reviews.map((review) => review.id)).toEqual(['rev-demo-1']);

    const resolved = await runflow.PATCH('/api/v1/runtime/v1/observability/reviews/{reviewId}', {
      params: { path: { reviewId: 'rev-demo-1' } },
      body: { status: 'resolved', correctedOutput: 'The Lisbon store opens at 10:00 on Saturdays.' },
    });
    expect(resolved.data?.resolvedBy).toBe('demo_key');

    const after = await runflow.GET('/api/v1/runtime/v1/observability/reviews', { params: { query: { status: 'pending_review' } } });
    expect(after.data?.total).toBe(0);
  });

  it('keeps tenants apart in-process too', async () => {
    const stranger = createRunflowClient({ apiKey: 'rf_someone_else' });
    const { response } = await stranger.GET('/api/v1/runtime/v1/observability/reviews/{reviewId}', { params: { path: { reviewId: 'rev-demo-1' } } });
    expect(response.status).toBe(404);
  });
});
