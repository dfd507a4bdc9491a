import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentruntime } from '../../apis/agentruntime.ts';
import { ScenarioTest, type Scenario } from '../../conformance/scenario.ts';
import { agentRuntimeScenarios } from '../../conformance/scenarios/agentruntime/index.ts';
import { agentRuntimeMock } from '../../mocks/agentruntime/index.ts';
import { createMock } from '../../mocks/registry.ts';
import type { StatefulMock } from '../../mocks/stateful/app.ts';
import { Problem } from '../../mocks/stateful/problems.ts';
import { brokenMock, json, newSession, rewriting, startSwitchableServer } from './harness.ts';

const handlers = agentRuntimeMock.handlers as Record<string, (context: any) => any>;

/** Calls a handler, answering `instead()` where it refuses with `status` (handlers refuse by throwing a Problem). */
async function unlessRefused(call: () => unknown, status: number, instead: () => unknown): Promise<unknown> {
  try {
    return await call();
  } catch (thrown) {
    if (thrown instanceof Problem && thrown.status === status) return instead();
    throw thrown;
  }
}
type Break = () => StatefulMock | ((request: Request) => Promise<Response>);
const title = (start: string) => agentRuntimeScenarios.find((scenario) => scenario.title.startsWith(start))!.title;

/** For each scenario, a server wrong in exactly the way the scenario guards against. */
const breakages: Record<string, Break> = {
  [title('A workflow is created')]: () => brokenMock('agentruntime', { archiveWorkflow: (context: any) => { context.store.collections.get('workflows').delete(context.path.id); return { status: 200, body: { ...handlers.getWorkflow!({ ...context }).body } }; } }),
  [title('Run control')]: () => brokenMock('agentruntime', { runWorkflowCommand: (context: any) => unlessRefused(() => handlers.runWorkflowCommand!(context), 409, () => ({ status: 200, body: context.store.runs.get(context.body.params.run_id).value.run })) }),
  [title('A start with use_run_setup_defaults')]: () =>
    // The saved defaults are spread over the request's payload: on a conflict the default wins.
    brokenMock('agentruntime', {
      runWorkflowCommand: (context: any) => {
        const params = context.body?.params;
        if (context.body?.command !== 'start' || !params?.use_run_setup_defaults) return handlers.runWorkflowCommand!(context);
        const saved = context.store.collections.get('workflows').get(context.path.id)?.value?.run_setup?.trigger_payload ?? {};
        return handlers.runWorkflowCommand!({ ...context, body: { ...context.body, params: { ...params, trigger_payload: { ...params.trigger_payload, ...saved } } } });
      },
    }),
  [title('A pending human task')]: () => brokenMock('agentruntime', { completeTask: async (context: any) => { const result = await handlers.completeTask!(context); if (result.body?.step_result) delete result.body.step_result.comment_body; return result; } }),
  [title('A webhook subscription')]: () => {
    const mock = createMock('agentruntime');
    return rewriting(mock.handle, (request, response) => (response.status === 401 && new URL(request.url).pathname.startsWith('/v1/inbound-webhooks/') ? json(202, { run_id: 'run-x', workflow_id: 'wf-x', status: 'queued' }) : response));
  },
  [title('A personal access token')]: () => brokenMock('agentruntime', { revealPat: (context: any) => unlessRefused(() => handlers.revealPat!(context), 409, () => { const entry = context.store.pats.get(context.path.id).value; return { status: 200, body: { ...entry.pat, token: entry.token } }; }) }),
  [title("A connection's credentials")]: () => brokenMock('agentruntime', { getConnectionCredentials: async (context: any) => { const result = await handlers.getConnectionCredentials!(context); const secrets = context.store.credentials.get(context.path.id) ?? {}; result.body.fields = Object.entries(secrets).map(([name, value]) => ({ name, hint: value })); return result; } }),
  [title('Analytics take')]: () => brokenMock('agentruntime', { getRunsCount: (context: any) => handlers.getRunsCount!({ ...context, query: { window: context.query.window } }) }),
  [title('A PAT used with')]: () => {
    const mock = createMock('agentruntime');
    return (request) => {
      // The tenant header is read from the PAT alone: another tenant's id is let through.
      const headers = new Headers(request.headers);
      headers.set('x-tenant-id', /pat_[a-z]+_([a-z0-9-]+)_/.exec(headers.get('authorization') ?? '')?.[1] ?? '');
      return mock.handle(new Request(request, { headers }));
    };
  },
};

describe('every AgentRuntime scenario', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server.close());

  const run = async (scenario: Scenario) => {
    const session = newSession('agentruntime', server.url, agentruntime.identities.conformance);
    await ScenarioTest.run(session, scenario);
    return session;
  };

  it('has a deliberately broken server in this table', () => {
    expect(Object.keys(breakages).sort()).toEqual(agentRuntimeScenarios.map((scenario) => scenario.title).sort());
  });

  it.each(agentRuntimeScenarios.map((scenario) => [scenario.title, scenario] as const))('%s: passes on the mock, fails on a broken server', async (scenarioTitle, scenario) => {
    server.use(createMock('agentruntime').handle);
    const good = await run(scenario);
    expect(good.findings).toEqual([]);
    expect(good.tally(scenarioTitle).passed).toBe(1);

    const broken = breakages[scenarioTitle]!();
    server.use(typeof broken === 'function' ? broken : broken.handle);
    const bad = await run(scenario);
    const failure = bad.findings.find((finding) => finding.check === scenarioTitle);
    expect(failure?.message, `scenario "${scenarioTitle}" did not fail on its broken server`).toMatch(/^received .* \/ documented .*/s);
  });

  it('the ingress scenario fails when a deleted subscription still starts runs', async () => {
    const mock = createMock('agentruntime');
    const deleted = new Set<string>();
    // The delete only hides the subscription from the list; the ingress still finds it.
    server.use(async (request) => {
      const id = /^\/v1\/inbound-webhooks\/([^/]+)$/.exec(new URL(request.url).pathname)?.[1];
      if (request.method === 'DELETE' && id) {
        deleted.add(id);
        return new Response(null, { status: 204 });
      }
      return mock.handle(request);
    });
    const scenario = agentRuntimeScenarios.find((candidate) => candidate.title.startsWith('A webhook subscription'))!;
    const session = await run(scenario);
    expect(deleted.size).toBe(1);
    expect(session.findings.map((finding) => finding.message)).toEqual(['received 202 / documented a 4xx (404 where the subscription is looked up): a deleted subscription starts no run']);
  });
});

