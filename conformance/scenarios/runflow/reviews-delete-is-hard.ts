import type { Scenario } from '../../scenario.ts';

export const deleteIsHard: Scenario = {
  title: 'A deleted review is gone: reading it answers 404 and its execution has no review',
  async run(test) {
    const executionId = test.unique('exec');
    const created = test.status(await test.call('createReview', test.request('createReview', { path: { executionId } })), 201, 'the review is created');
    test.status(await test.call('deleteReview', { path: { reviewId: created.id } }), [200, 204], 'the delete is accepted');
    test.status(await test.call('getReview', { path: { reviewId: created.id } }), 404, 'a hard-deleted review is not found');
    const exists = await test.call('checkReviewExists', { path: { executionId } });
    const body = test.status(exists, 200, 'the exists check answers');
    test.that(exists, body?.exists === false, JSON.stringify(body), '{"exists": false} after a hard delete');
  },
};
