import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScenarioTest, type Scenario } from '../../conformance/scenario.ts';
import { runtypeScenarios } from '../../conformance/scenarios/runtype/index.ts';
import { createMock } from '../../mocks/registry.ts';
import { runtypeMock } from '../../mocks/runtype/index.ts';
import type { StatefulMock } from '../../mocks/stateful/app.ts';
import { brokenMock, json, newSession, rewriting, startSwitchableServer } from './harness.ts';

const handlers = runtypeMock.handlers as Record<string, (context: any) => any>;
type Break = () => StatefulMock | ((request: Request) => Promise<Response>);

/** For each scenario, a server wrong in exactly the way the scenario guards against. */
const breakages: Record<string, Break> = {
  'Walking a list by its cursors yields every item exactly once, even while items are created': () =>
    brokenMock('runtype', { listRecords: (context: any) => handlers.listRecords!({ ...context, query: { ...context.query, cursor: undefined } }) }),
  'A 400 names each problem with one of the nine stable codes and a dotted path ("" for the root)': () => {
    const mock = createMock('runtype');
    return rewriting(mock.handle, async (_request, response) => (response.status === 400 ? json(400, { error: 'Validation error', details: [{ code: 'VALIDATION_ERROR', message: 'invalid', path: 'body' }] }) : response));
  },
  "A secret's value is never returned: not by create, get, list or update, nor with a model config that uses it": () =>
    brokenMock('runtype', { getSecret: async (context: any) => { const result = await handlers.getSecret!(context); const item = context.store.collections.secrets.get(context.path.id); return { ...result, body: { ...result.body, value: item?.hidden.value } }; } }),
  "An API key's and a client token's value is returned once, on create, and never by reads": () =>
    brokenMock('runtype', { createApiKey: async (context: any) => { const result = await handlers.createApiKey!(context); const item = context.store.collections['api-keys'].get(result.body.id); item.fields.last4 = result.body.key; return result; } }),
  "Publishing an agent's versions numbers them 1, 2, … and lists them newest first": () =>
    brokenMock('runtype', { publishAgentVersion: async (context: any) => { const result = await handlers.publishAgentVersion!(context); if (result.body?.version) result.body.version = 1; return result; } }),
  'A conversation keeps its messages in order, oldest first, and a deleted conversation is gone': () =>
    brokenMock('runtype', { deleteConversation: () => ({ status: 204, body: undefined }) }),
};

describe('every Runtype scenario', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server.close());

  const identities = { a: { Authorization: 'Bearer rt_scn_a' }, b: { Authorization: 'Bearer rt_scn_b' } };
  const run = async (scenario: Scenario) => {
    const session = newSession('runtype', server.url, identities);
    await ScenarioTest.run(session, scenario);
    return session;
  };

  it('has a deliberately broken server in this table', () => {
    expect(Object.keys(breakages).sort()).toEqual(runtypeScenarios.map((scenario) => scenario.title).sort());
  });

  it.each(runtypeScenarios.map((scenario) => [scenario.title, scenario] as const))('%s: passes on the mock, fails on a broken server', async (title, scenario) => {
    server.use(createMock('runtype').handle);
    const good = await run(scenario);
    expect(good.findings).toEqual([]);
    expect(good.tally(title).passed).toBe(1);

    const broken = breakages[title]!();
    server.use(typeof broken === 'function' ? broken : broken.handle);
    const bad = await run(scenario);
    const failure = bad.findings.find((finding) => finding.check === title);
    expect(failure?.message, `scenario "${title}" did not fail on its broken server`).toMatch(/^received .* \/ documented .*/s);
  });

  it('the secrets scenario fails when listed model configs carry the joined secret whole', async () => {
    server.use(brokenMock('runtype', {
      listModelConfigs: async (context: any) => {
        const result: any = await handlers.listModelConfigs!(context);
        const data = result.body.data.map((config: { secretId?: string }) => {
          const secret = config.secretId ? context.store.collections.secrets.get(config.secretId) : undefined;
          return secret ? { ...config, secret: { id: config.secretId, value: secret.hidden.value } } : config;
        });
        return { ...result, body: { ...result.body, data } };
      },
    }).handle);
    const scenario = runtypeScenarios.find((candidate) => candidate.title.startsWith("A secret's value"))!;
    const session = await run(scenario);
    expect(session.findings.map((finding) => finding.message)).toEqual(['received the value in GET /model-configs / documented secret metadata only, never its value']);
  });
});

