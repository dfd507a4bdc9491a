import type { Scenario } from '../../scenario.ts';

export const newReviewPending: Scenario = {
  title: 'A new review starts as pending_review, and the exists check answers with its summary',
  async run(test) {
    const executionId = test.unique('exec');
    const created = test.status(await test.call('createReview', test.request('createReview', { path: { executionId } })), 201, 'the review is created');
    const exchange = await test.call('checkReviewExists', { path: { executionId } });
    const body = test.status(exchange, 200, 'the exists check answers');
    test.that(exchange, created?.status === 'pending_review', String(created?.status), 'status pending_review for a new review');
    test.that(exchange, body?.exists === true && body.review?.id === created?.id, JSON.stringify(body), `{"exists": true, "review": {"id": "${created?.id}", …}}`);
    await test.call('deleteReview', { path: { reviewId: created.id } });
  },
};
