import type { Scenario } from '../../scenario.ts';

export const patchAllowedFields: Scenario = {
  title: 'A review update with a field outside the allowed set is refused with 400 and changes nothing',
  async run(test) {
    const created = test.status(await test.call('createReview', test.request('createReview', { path: { executionId: test.unique('exec') } })), 201, 'the review is created');
    const refused = await test.call('updateReview', { path: { reviewId: created.id }, body: { rating: 'good', priority: 'low' } });
    test.status(refused, 400, 'rating is not among status, actionTaken, resolutionNotes, correctedOutput, comment, priority, tags');
    const read = await test.call('getReview', { path: { reviewId: created.id } });
    const stored = test.status(read, 200, 'the review is readable');
    test.that(read, stored?.rating === created.rating && stored?.priority === created.priority, JSON.stringify({ rating: stored?.rating, priority: stored?.priority }), 'the refused update changed nothing');
    await test.call('deleteReview', { path: { reviewId: created.id } });
  },
};
