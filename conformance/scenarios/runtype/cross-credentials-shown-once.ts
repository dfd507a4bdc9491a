import type { Scenario } from '../../scenario.ts';

export const credentialsShownOnce: Scenario = {
  title: "An API key's and a client token's value is returned once, on create, and never by reads",
  async run(test) {
    const key = await test.call('createApiKey', { body: { name: test.unique('ci') } });
    const keyBody = test.status(key, 201, 'the API key is created');
    test.that(key, typeof keyBody?.key === 'string' && keyBody.key.length > 8, JSON.stringify(keyBody?.key), 'the key value in the create response');
    for (const read of [await test.call('getApiKey', { path: { id: keyBody.id } }), await test.call('listApiKeys', { query: { limit: 100 } })]) {
      test.that(read, !(read.response?.text ?? '').includes(keyBody.key), 'the key value in a read', 'only its prefix and last four characters');
    }
    const token = await test.call('createClientToken', test.request('createClientToken'));
    const tokenBody = test.status(token, 201, 'the client token is created');
    test.that(token, typeof tokenBody?.token === 'string' && tokenBody.token.length > 8, JSON.stringify(tokenBody?.token), 'the token value in the create response');
    const read = await test.call('getClientToken', { path: { id: tokenBody.id } });
    test.that(read, !(read.response?.text ?? '').includes(tokenBody.token), 'the token value in a read', 'never the token after create');
    await test.call('deleteApiKey', { path: { id: keyBody.id } });
    await test.call('deleteClientToken', { path: { id: tokenBody.id } });
  },
};
