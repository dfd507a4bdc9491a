import type { Scenario } from '../../scenario.ts';

export const listFiltersAndSearch: Scenario = {
  title: 'The review list filters by rating and priority and searches comments ignoring case and accents',
  async run(test) {
    const agentId = test.unique('agent');
    const marker = test.unique('Horário').replace(/-/g, '');
    const ids: string[] = [];
    for (const [rating, priority, comment] of [['bad', 'critical', `${marker} está errado no site`], ['good', 'low', 'Resposta correta e educada']] as const) {
      const base = test.request('createReview', { path: { executionId: test.unique('exec') } });
      const created = test.status(await test.call('createReview', { ...base, body: { agentId, rating, priority, comment } }), 201, 'the review is created');
      ids.push(created.id);
    }
    const search = await test.call('listReviews', { query: { agentId, search: marker.toUpperCase().normalize('NFD').replace(/\p{Diacritic}/gu, '') } });
    const found = test.status(search, 200, 'the list answers');
    test.that(search, found?.reviews?.length === 1 && found.reviews[0].id === ids[0], JSON.stringify(found?.reviews?.map((review: { id: string }) => review.id)), `only ${ids[0]}: search is case- and accent-insensitive`);
    const byRating = await test.call('listReviews', { query: { agentId, rating: 'good', priority: 'low' } });
    const rated = test.status(byRating, 200, 'the list answers');
    test.that(byRating, rated?.reviews?.length === 1 && rated.reviews[0].id === ids[1], JSON.stringify(rated?.reviews?.map((review: { id: string }) => review.id)), `only ${ids[1]}: filters combine`);
    for (const id of ids) await test.call('deleteReview', { path: { reviewId: id } });
  },
};
