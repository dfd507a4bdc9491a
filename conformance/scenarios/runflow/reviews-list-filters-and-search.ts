import type { Scenario } from '../../scenario.ts';

// Filtering by rating, priority, status, agentId and dates is the generic check "lists honour their filters".
export const listFiltersAndSearch: Scenario = {
  title: 'The review list searches comments ignoring case and accents',
  async run(test) {
    const agentId = test.unique('agent');
    const marker = test.unique('Horário').replace(/-/g, '');
    const ids: string[] = [];
    for (const comment of [`${marker} está errado no site`, 'Resposta correta e educada']) {
      const base = test.request('createReview', { path: { executionId: test.unique('exec') } });
      const created = test.status(await test.call('createReview', { ...base, body: { ...(base.body as object), agentId, comment } }), 201, 'the review is created');
      ids.push(created.id);
    }
    const search = await test.call('listReviews', { query: { agentId, search: marker.toUpperCase().normalize('NFD').replace(/\p{Diacritic}/gu, '') } });
    const found = test.status(search, 200, 'the list answers');
    test.that(search, found?.reviews?.length === 1 && found.reviews[0].id === ids[0], JSON.stringify(found?.reviews?.map((review: { id: string }) => review.id)), `only ${ids[0]}: search is case- and accent-insensitive`);
    for (const id of ids) await test.call('deleteReview', { path: { reviewId: id } });
  },
};
