import type { Scenario } from '../../scenario.ts';

export const resolveStamps: Scenario = {
  title: 'Setting a review to resolved stamps resolvedBy and resolvedAt',
  async run(test) {
    const created = test.status(await test.call('createReview', test.request('createReview', { path: { executionId: test.unique('exec') } })), 201, 'the review is created');
    const patched = await test.call('updateReview', { path: { reviewId: created.id }, body: { status: 'resolved', resolutionNotes: 'Fixed the source document' } });
    const body = test.status(patched, 200, 'the update is accepted');
    test.that(patched, typeof body?.resolvedBy === 'string' && body.resolvedBy.length > 0, JSON.stringify(body?.resolvedBy), 'resolvedBy stamped with the key label');
    test.that(patched, typeof body?.resolvedAt === 'string' && !Number.isNaN(Date.parse(body.resolvedAt)), JSON.stringify(body?.resolvedAt), 'resolvedAt stamped with a date-time');
    const read = await test.call('getReview', { path: { reviewId: created.id } });
    const stored = test.status(read, 200, 'the review is readable');
    test.that(read, stored?.status === 'resolved' && stored.resolvedAt === body.resolvedAt, JSON.stringify({ status: stored?.status, resolvedAt: stored?.resolvedAt }), 'the stamps are stored');
    await test.call('deleteReview', { path: { reviewId: created.id } });
  },
};
