import type { Scenario } from '../../scenario.ts';

export const stats: Scenario = {
  title: "Review stats require agentId and count the agent's reviews by status, rating and priority, and no deleted one",
  async run(test) {
    const agentId = test.unique('agent');
    const missing = await test.call('getReviewStats', { query: {} });
    test.status(missing, 400, 'agentId is required');
    const ids: string[] = [];
    for (const [rating, priority] of [['bad', 'critical'], ['needs_improvement', 'high'], ['good', 'low']] as const) {
      const base = test.request('createReview', { path: { executionId: test.unique('exec') } });
      ids.push(test.status(await test.call('createReview', { ...base, body: { ...(base.body as object), agentId, rating, priority } }), 201, 'the review is created').id);
    }
    test.status(await test.call('updateReview', { path: { reviewId: ids[0]! }, body: { status: 'resolved' } }), 200, 'the review is resolved');
    const exchange = await test.call('getReviewStats', { query: { agentId } });
    const body = test.status(exchange, 200, 'stats answer');
    const expected = { total: 3, pending: 2, resolved: 1, badReviews: 1, needsImprovement: 1, critical: 1, highPriority: 1 };
    const received = Object.fromEntries(Object.keys(expected).map((key) => [key, body?.[key]]));
    test.that(exchange, JSON.stringify(received) === JSON.stringify(expected), JSON.stringify(received), JSON.stringify(expected));
    test.that(exchange, typeof body?.avgResolutionHours === 'number', JSON.stringify(body?.avgResolutionHours), 'a number once a review is resolved');
    for (const id of ids) test.status(await test.call('deleteReview', { path: { reviewId: id } }), [200, 204], 'the review is deleted');
    const after = await test.call('getReviewStats', { query: { agentId } });
    const emptied = test.status(after, 200, 'stats answer');
    test.that(after, emptied?.total === 0 && emptied?.pending === 0, JSON.stringify({ total: emptied?.total, pending: emptied?.pending }), '{"total":0,"pending":0}: deleted reviews (a hard delete) are counted no more');
  },
};
