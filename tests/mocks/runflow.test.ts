import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRunflowClient, type RunflowSchemas } from '../../client/runflow.ts';
import { freePort } from '../../mocks/lib/net.ts';
import { createMock } from '../../mocks/registry.ts';
import type { StatefulMock } from '../../mocks/stateful/app.ts';
import { type NodeServer, serveOnNode } from '../../mocks/stateful/node.ts';
import { validatingFetch } from '../helpers/validating-fetch.ts';

const prefix = '/api/v1/runtime/v1/observability';

describe('the Runflow stateful mock', () => {
  let mock: StatefulMock;
  let server: NodeServer;
  const checked = validatingFetch('runflow');
  const client = (apiKey = 'rf_tenant_a') => createRunflowClient({ baseUrl: server.url, apiKey, fetch: checked.fetch });
  const review: RunflowSchemas['CreateReviewRequest'] = { agentId: 'agent-1', rating: 'bad', comment: 'Gave the wrong opening hours', priority: 'high' };

  beforeAll(async () => {
    mock = createMock('runflow', { deterministic: true });
    server = await serveOnNode(mock, await freePort());
  });
  afterAll(() => server.close());
  beforeEach(() => mock.reset());
  afterEach(() => {
    expect(checked.problems).toEqual([]);
    checked.problems.length = 0;
  });

  async function createReview(executionId: string, body: Partial<RunflowSchemas['CreateReviewRequest']> = {}, apiKey?: string) {
    return client(apiKey).POST(`${prefix}/executions/{executionId}/reviews`, {
      params: { path: { executionId } },
      body: { ...review, ...body },
    });
  }

  it('creates a review as pending_review, stamped with the key label as reviewedBy, and answers exists for it', async () => {
    const { data, response } = await createReview('exec-1');
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ status: 'pending_review', reviewedBy: 'tenant_a', executionId: 'exec-1' });
    const exists = await client().GET(`${prefix}/executions/{executionId}/reviews/exists`, { params: { path: { executionId: 'exec-1' } } });
    expect(exists.data).toEqual({ exists: true, review: { id: data!.id, rating: 'bad', status: 'pending_review', comment: review.comment, createdAt: data!.createdAt } });
    const none = await client().GET(`${prefix}/executions/{executionId}/reviews/exists`, { params: { path: { executionId: 'exec-2' } } });
    expect(none.data).toEqual({ exists: false });
  });

  it('refuses a second review of the same execution with 409 "Execution already has a review"', async () => {
    await createReview('exec-1');
    const second = await createReview('exec-1');
    expect(second.response.status).toBe(409);
    expect(second.error).toEqual({ statusCode: 409, message: 'Execution already has a review', error: 'Conflict' });
  });

  it('lets exactly one of 50 concurrent reviews of one execution succeed', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => createReview('exec-race')));
    expect(results.filter((result) => result.response.status === 201)).toHaveLength(1);
    expect(results.filter((result) => result.response.status === 409)).toHaveLength(49);
  });

  it('answers 422 for a comment shorter than 10 characters, and stores nothing', async () => {
    const { response, error } = await createReview('exec-1', { comment: 'too short' });
    expect(response.status).toBe(422);
    expect(error?.message).toContain('comment');
    const list = await client().GET(`${prefix}/reviews`);
    expect(list.data?.total).toBe(0);
  });

  it('answers 400 with a message array for an unknown rating', async () => {
    const { response, error } = await createReview('exec-1', { rating: 'awful' as never });
    expect(response.status).toBe(400);
    expect(error?.message).toEqual([expect.stringContaining('rating')]);
  });

  it('filters the list by status, rating, priority and agent, and searches comments ignoring case and accents', async () => {
    await createReview('exec-1', { comment: 'Horário de atendimento errado', rating: 'bad', priority: 'high' });
    await createReview('exec-2', { comment: 'Resposta correta e educada', rating: 'good', priority: 'low', agentId: 'agent-2' });
    const search = await client().GET(`${prefix}/reviews`, { params: { query: { search: 'HORARIO' } } });
    expect(search.data?.reviews.map((found) => found.executionId)).toEqual(['exec-1']);
    const good = await client().GET(`${prefix}/reviews`, { params: { query: { rating: 'good' } } });
    expect(good.data?.reviews.map((found) => found.executionId)).toEqual(['exec-2']);
    const byAgent = await client().GET(`${prefix}/reviews`, { params: { query: { agentId: 'agent-1', priority: 'high' } } });
    expect(byAgent.data?.total).toBe(1);
  });

  it('defaults the page to 50, caps it at 100, and pages with offset', async () => {
    for (let index = 0; index < 120; index++) await createReview(`exec-${index}`);
    const first = await client().GET(`${prefix}/reviews`);
    expect(first.data?.reviews).toHaveLength(50);
    expect(first.data?.total).toBe(120);
    const capped = await client().GET(`${prefix}/reviews`, { params: { query: { limit: 100, offset: 100 } } });
    expect(capped.data?.reviews).toHaveLength(20);
    // "Capped at 100": a larger page is served as 100, not refused.
    const beyond = await client().GET(`${prefix}/reviews`, { params: { query: { limit: 101 } } });
    expect(beyond.response.status).toBe(200);
    expect(beyond.data?.reviews).toHaveLength(100);
    expect(beyond.data?.limit).toBe(100);
  });

  it('stamps resolvedBy and resolvedAt when a review is resolved, and refuses fields the seed does not allow', async () => {
    const { data } = await createReview('exec-1');
    const resolved = await client('rf_tenant_a').PATCH(`${prefix}/reviews/{reviewId}`, {
      params: { path: { reviewId: data!.id } },
      body: { status: 'resolved', correctedOutput: 'We open at nine.' },
    });
    expect(resolved.data).toMatchObject({ status: 'resolved', resolvedBy: 'tenant_a', updatedBy: 'tenant_a' });
    expect(resolved.data?.resolvedAt).toEqual(expect.any(String));
    const refused = await client().PATCH(`${prefix}/reviews/{reviewId}`, {
      params: { path: { reviewId: data!.id } },
      body: { rating: 'good' } as never,
    });
    expect(refused.response.status).toBe(400);
  });

  it('hard-deletes a review, after which it is 404 and its execution can be reviewed again', async () => {
    const { data } = await createReview('exec-1');
    const deleted = await client().DELETE(`${prefix}/reviews/{reviewId}`, { params: { path: { reviewId: data!.id } } });
    expect(deleted.response.status).toBe(204);
    const gone = await client().GET(`${prefix}/reviews/{reviewId}`, { params: { path: { reviewId: data!.id } } });
    expect(gone.response.status).toBe(404);
    expect((await createReview('exec-1')).response.status).toBe(201);
  });

  it('hides another tenant\'s review behind 404, never 403', async () => {
    const { data } = await createReview('exec-1', {}, 'rf_tenant_a');
    const other = await client('rf_tenant_b').GET(`${prefix}/reviews/{reviewId}`, { params: { path: { reviewId: data!.id } } });
    expect(other.response.status).toBe(404);
    const otherList = await client('rf_tenant_b').GET(`${prefix}/reviews`);
    expect(otherList.data?.total).toBe(0);
  });

  it('refuses a missing or non-rf_ key with 401', async () => {
    const missing = await checked.fetch(new Request(`${server.url}${prefix}/reviews`));
    expect(missing.status).toBe(401);
    const wrong = await client('sk_not_runflow').GET(`${prefix}/reviews`);
    expect(wrong.response.status).toBe(401);
  });

  it('counts stats per agent and requires agentId', async () => {
    const before = await client().GET(`${prefix}/reviews/stats`, { params: { query: { agentId: 'agent-1' } } });
    expect(before.data).toMatchObject({ total: 0, avgResolutionHours: null });
    const first = await createReview('exec-1', { rating: 'bad', priority: 'critical' });
    await createReview('exec-2', { rating: 'needs_improvement', priority: 'high' });
    await createReview('exec-3', { agentId: 'agent-2' });
    await client().PATCH(`${prefix}/reviews/{reviewId}`, { params: { path: { reviewId: first.data!.id } }, body: { status: 'resolved' } });
    const stats = await client().GET(`${prefix}/reviews/stats`, { params: { query: { agentId: 'agent-1' } } });
    expect(stats.data).toMatchObject({ total: 2, pending: 1, resolved: 1, badReviews: 1, needsImprovement: 1, critical: 1, highPriority: 1 });
    expect(stats.data?.avgResolutionHours).toEqual(expect.any(Number));
    const missing = await client().GET(`${prefix}/reviews/stats`, { params: { query: {} as never } });
    expect(missing.response.status).toBe(400);
  });

  it('exports training data with the corrected output as the assistant turn', async () => {
    const { data } = await createReview('exec-1');
    await createReview('exec-2');
    await client().PATCH(`${prefix}/reviews/{reviewId}`, { params: { path: { reviewId: data!.id } }, body: { status: 'resolved', correctedOutput: 'We open at nine.' } });
    const exported = await client().GET(`${prefix}/reviews/export/training-data`, { params: { query: { agentId: 'agent-1', status: 'resolved' } } });
    expect(exported.data).toMatchObject({ total: 1, format: 'openai-conversational' });
    expect(exported.data?.training_examples[0]?.messages.at(-1)).toEqual({ role: 'assistant', content: 'We open at nine.' });
    expect(exported.data?.training_examples[0]?.metadata).toEqual({ review_id: data!.id, execution_id: 'exec-1', rating: 'bad', was_corrected: true });
  });

  it('makes ingested events visible to the feed, most recent first, and to raw and aggregate queries', async () => {
    const ingest = await client().POST(`${prefix}/events`, {
      body: {
        events: [
          { eventName: 'sale', properties: { category: 'books', amount: 10 }, timestamp: '2026-05-01T10:00:00Z' },
          { eventName: 'sale', properties: { category: 'books', amount: 30 }, timestamp: '2026-05-02T10:00:00Z' },
          { eventName: 'sale', properties: { category: 'games', amount: 5 }, timestamp: '2026-05-03T10:00:00Z' },
        ],
      },
    });
    expect(ingest.response.status).toBe(202);
    const feed = await client().GET(`${prefix}/events/feed`);
    expect(feed.data?.events.map((event) => event.properties.amount)).toEqual([5, 30, 10]);
    const raw = await client().POST(`${prefix}/events/query`, {
      body: { eventName: 'sale', columns: ['amount'], filters: [{ propertyKey: 'amount', operator: 'gte', value: 10 }] },
    });
    expect(raw.data).toMatchObject({ total: 2, columns: [{ key: 'amount', type: 'number' }] });
    const grouped = await client().POST(`${prefix}/events/query`, {
      body: { eventName: 'sale', mode: 'aggregate', groupBy: 'category', metrics: [{ aggregation: 'count', alias: 'orders' }, { aggregation: 'sum', propertyKey: 'amount', alias: 'revenue' }], sortBy: 'revenue', sortOrder: 'desc' },
    });
    expect(grouped.data?.rows).toEqual([{ category: 'books', orders: 2, revenue: 40 }, { category: 'games', orders: 1, revenue: 5 }]);
  });

  it('upserts tabs idempotently on (agentId, name), updating a differing sortOrder, listed by sortOrder', async () => {
    const first = await client().POST('/api/v1/runtime/observability/dashboard-tabs', { body: { agentId: 'agent-1', name: 'Vendas', sortOrder: 1 } });
    expect(first.response.status).toBe(201);
    expect(first.data?.created).toBe(true);
    await client().POST('/api/v1/runtime/observability/dashboard-tabs', { body: { agentId: 'agent-1', name: 'Overview', sortOrder: 0 } });
    const again = await client().POST('/api/v1/runtime/observability/dashboard-tabs', { body: { agentId: 'agent-1', name: 'Vendas', sortOrder: 5 } });
    expect(again.data).toMatchObject({ created: false, id: first.data!.id, tab: { sortOrder: 5 } });
    const tabs = await client().GET('/api/v1/runtime/observability/dashboard-tabs', { params: { query: { agentId: 'agent-1' } } });
    expect(tabs.data?.tabs.map((tab) => tab.name)).toEqual(['Overview', 'Vendas']);
  });

  it('upserts cards idempotently on (agentId, eventName, cardType, aggregation, propertyKey)', async () => {
    const card = { agentId: 'agent-1', title: 'Total alerts', cardType: 'number' as const, config: { eventName: 'alert', aggregation: 'count' } };
    const first = await client().POST('/api/v1/runtime/observability/dashboard-cards', { body: card });
    const renamed = await client().POST('/api/v1/runtime/observability/dashboard-cards', { body: { ...card, title: 'Alerts' } });
    expect(first.response.status).toBe(201);
    expect(renamed.data).toMatchObject({ created: false, id: first.data!.id, card: { title: 'Alerts' } });
    await client().POST('/api/v1/runtime/observability/dashboard-cards', { body: { ...card, cardType: 'gauge' } });
    const cards = await client().GET('/api/v1/runtime/observability/dashboard-cards', { params: { query: { agentId: 'agent-1' } } });
    expect(cards.data?.total).toBe(2);
  });
});
