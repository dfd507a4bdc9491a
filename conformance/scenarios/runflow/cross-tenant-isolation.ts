import type { Scenario } from '../../scenario.ts';

export const tenantIsolation: Scenario = {
  title: "Another tenant's review answers 404, never 403, and never appears in its list",
  requires: ['b'],
  async run(test) {
    const created = test.status(await test.call('createReview', test.request('createReview', { path: { executionId: test.unique('exec') } })), 201, 'tenant A creates a review');
    test.status(await test.call('getReview', { path: { reviewId: created.id } }, 'b'), 404, "another tenant's review is not found");
    test.status(await test.call('updateReview', { path: { reviewId: created.id }, body: { priority: 'low' } }, 'b'), 404, "another tenant's review cannot be updated");
    test.status(await test.call('deleteReview', { path: { reviewId: created.id } }, 'b'), 404, "another tenant's review cannot be deleted");
    const list = await test.call('listReviews', { query: { agentId: created.agentId, limit: 100 } }, 'b');
    const body = test.status(list, 200, 'tenant B can list its own reviews');
    test.that(list, !body?.reviews?.some((review: { id: string }) => review.id === created.id), 'the review in tenant B\'s list', 'tenant A\'s review absent from tenant B\'s list');
    test.status(await test.call('getReview', { path: { reviewId: created.id } }), 200, 'tenant A still has its review');
    await test.call('deleteReview', { path: { reviewId: created.id } });
  },
};
