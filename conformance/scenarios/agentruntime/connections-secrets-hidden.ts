import type { Scenario } from '../../scenario.ts';

export const connectionSecretsHidden: Scenario = {
  title: "A connection's credentials route reveals metadata, never the secret",
  async run(test) {
    const secret = test.unique('s3cret-value');
    const created = await test.call('createConnection', { body: { name: test.unique('db'), provider: 'postgres', credentials: { password: secret } } });
    const connection = test.status(created, 201, 'the connection is created');
    const metadata = await test.call('getConnectionCredentials', { path: { id: connection.id } });
    const body = test.status(metadata, 200, 'the credentials route answers');
    test.that(metadata, body?.fields?.some((field: { name: string }) => field.name === 'password'), JSON.stringify(body), 'a password field in the metadata');
    for (const exchange of [created, metadata, await test.call('listConnections', { query: { limit: 100 } })]) {
      test.that(exchange, !(exchange.response?.text ?? '').includes(secret), 'the secret in a response', 'credential metadata only, never the secret');
    }
    test.status(await test.call('deleteConnection', { path: { id: connection.id } }), 204, 'the connection is deleted');
  },
};
