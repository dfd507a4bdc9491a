import type { Scenario } from '../../scenario.ts';

export const patchSetsTags: Scenario = {
  title: 'A PATCH that sends tags sets exactly those tags, and one that sends none leaves them as they were',
  async run(test) {
    const base = test.request('createReview', { path: { executionId: test.unique('exec') } });
    const created = test.status(await test.call('createReview', { ...base, body: { ...(base.body as object), tags: ['hours_wrong', 'tone', 'escalation'] } }), 201, 'the review is created with three tags');
    // "Send only the fields you want to change": the field sent is the new value, not merged item by item into the old one.
    test.status(await test.call('updateReview', { path: { reviewId: created.id }, body: { tags: ['pricing'] } }), 200, 'the tags are updated');
    const read = await test.call('getReview', { path: { reviewId: created.id } });
    const tags = test.status(read, 200, 'the review is readable')?.tags;
    test.that(read, JSON.stringify(tags) === '["pricing"]', JSON.stringify(tags), '["pricing"]: the tags sent');
    test.status(await test.call('updateReview', { path: { reviewId: created.id }, body: { priority: 'high' } }), 200, 'the priority is updated');
    const again = await test.call('getReview', { path: { reviewId: created.id } });
    const kept = test.status(again, 200, 'the review is readable')?.tags;
    test.that(again, JSON.stringify(kept) === '["pricing"]', JSON.stringify(kept), '["pricing"]: tags a PATCH does not send are kept');
    await test.call('deleteReview', { path: { reviewId: created.id } });
  },
};
