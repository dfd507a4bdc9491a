import type { Scenario } from '../../scenario.ts';

export const secondReviewConflicts: Scenario = {
  title: 'A second review of the same execution is refused with 409 "Execution already has a review"',
  async run(test) {
    const executionId = test.unique('exec');
    test.status(await test.call('createReview', test.request('createReview', { path: { executionId } })), 201, 'a first review is created');
    const second = await test.call('createReview', test.request('createReview', { path: { executionId } }));
    const body = test.status(second, 409, 'one review per execution');
    test.that(second, body?.message === 'Execution already has a review', JSON.stringify(body?.message), '"Execution already has a review"');
  },
};
