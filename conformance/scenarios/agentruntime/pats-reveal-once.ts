import type { Scenario } from '../../scenario.ts';

export const patRevealOnce: Scenario = {
  title: 'A personal access token can be revealed once; the second reveal is refused with 409',
  async run(test) {
    const created = test.status(await test.call('createPat', { body: { name: test.unique('ci'), role: 'viewer' } }), 201, 'the token is created');
    const first = await test.call('revealPat', { path: { id: created.id } });
    const revealed = test.status(first, 200, 'the first reveal shows the token');
    test.that(first, typeof revealed?.token === 'string' && revealed.token.startsWith('pat_'), JSON.stringify(revealed?.token), 'the token value, pat_…');
    test.status(await test.call('revealPat', { path: { id: created.id } }), 409, 'a second reveal is refused');
    const list = await test.call('listPats', {});
    test.that(list, !(list.response?.text ?? '').includes(revealed.token), 'the token value in the list', 'metadata only');
    test.status(await test.call('revokePat', { path: { id: created.id } }), 204, 'the token is revoked');
  },
};
