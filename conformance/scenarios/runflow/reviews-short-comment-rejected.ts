import type { Scenario } from '../../scenario.ts';

export const shortCommentRejected: Scenario = {
  title: 'A review comment shorter than 10 characters is refused with 422 and nothing is stored',
  async run(test) {
    const executionId = test.unique('exec');
    const base = test.request('createReview', { path: { executionId } });
    const refused = await test.call('createReview', { ...base, body: { ...(base.body as object), comment: 'too short' } });
    test.status(refused, 422, 'a comment under 10 characters is a semantic error');
    const exists = await test.call('checkReviewExists', { path: { executionId } });
    const body = test.status(exists, 200, 'the exists check answers');
    test.that(exists, body?.exists === false, JSON.stringify(body), '{"exists": false}: the refused review was not stored');
  },
};
