import type { Scenario } from '../../scenario.ts';

// The default of 50 and walking the pages are the generic check "pages are consistent".
export const listPageSize: Scenario = {
  title: 'The review list returns 100 reviews for limit=100 and never more than 100',
  async run(test) {
    const agentId = test.unique('agent');
    const ids: string[] = [];
    for (let index = 0; index < 101; index++) {
      const base = test.request('createReview', { path: { executionId: test.unique('exec') } });
      const created = test.status(await test.call('createReview', { ...base, body: { ...(base.body as object), agentId } }), 201, 'the review is created');
      ids.push(created.id);
    }
    const largest = await test.call('listReviews', { query: { agentId, limit: 100 } });
    const large = test.status(largest, 200, 'limit=100 is allowed');
    test.that(largest, large?.reviews?.length === 100, `${large?.reviews?.length} reviews`, '100 reviews: the cap');
    const beyond = await test.call('listReviews', { query: { agentId, limit: 500 } });
    const status = beyond.response?.status;
    const beyondBody = beyond.response?.json as { reviews?: unknown[] } | undefined;
    test.that(beyond, status === 400 || (status === 200 && (beyondBody?.reviews?.length ?? 0) <= 100), `${status} with ${beyondBody?.reviews?.length ?? 0} reviews`, 'limit=500 rejected with 400 or capped at 100');
    for (const id of ids) await test.call('deleteReview', { path: { reviewId: id } });
  },
};
