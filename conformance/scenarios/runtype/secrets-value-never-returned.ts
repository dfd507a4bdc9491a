import type { Scenario } from '../../scenario.ts';

export const secretValueHidden: Scenario = {
  title: "A secret's value is never returned: not by create, get, list or update, nor with a model config that uses it",
  async run(test) {
    const value = test.unique('sk-live-value');
    const name = test.unique('SECRET').toUpperCase().replace(/[^A-Z0-9]/g, '_');
    const created = await test.call('createSecret', { body: { name, value } });
    const body = test.status(created, 201, 'the secret is created');
    // A model config that uses the secret: a join that serialises the secret row whole would show its value there.
    const base = test.request('createModelConfig');
    const config = await test.call('createModelConfig', { ...base, body: { ...(base.body as object), secretId: body.id } });
    const exchanges = [
      created,
      await test.call('getSecret', { path: { id: body.id } }),
      await test.call('listSecrets', { query: { limit: 100 } }),
      config,
      await test.call('listModelConfigs', { query: { limit: 100 } }),
      await test.call('updateSecret', { path: { id: body.id }, body: { value: `${value}-rotated` } }),
    ];
    for (const exchange of exchanges) {
      const text = exchange.response?.text ?? '';
      test.that(exchange, !text.includes(value), `the value in ${exchange.request.method} ${new URL(exchange.request.url).pathname}`, 'secret metadata only, never its value');
    }
    await test.call('deleteSecret', { path: { id: body.id } });
  },
};
