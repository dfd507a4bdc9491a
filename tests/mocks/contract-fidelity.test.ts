/**
 * The behaviours the contracts were corrected to (they had departed from the product
 * documentation), as the stateful mocks now serve them.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import agentRuntimeSpec from '../../generated/agentruntime/openapi.json' with { type: 'json' };
import { createMock } from '../../mocks/registry.ts';

const arBase = 'https://api.agentruntime.io';
const contributor = (project?: string): Record<string, string> => ({
  authorization: 'Bearer pat_contributor_acme_fidelity',
  'x-tenant-id': 'acme',
  ...(project ? { 'x-project-id': project } : {}),
});

async function call(mock: ReturnType<typeof createMock>, method: string, url: string, headers: Record<string, string>, body?: unknown) {
  const response = await mock.handle(new Request(url, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }));
  const text = await response.text();
  return { status: response.status, text, json: text ? JSON.parse(text) : undefined };
}

/** A workflow whose run stops at a human task, started in one project. */
async function startWaitingRun(mock: ReturnType<typeof createMock>, project: string): Promise<string> {
  const graph = { steps: [{ id: 'approve', type: 'human_task', name: 'Approve' }], edges: [] };
  const workflow = await call(mock, 'POST', `${arBase}/v1/workflows`, contributor(project), { name: `wf ${project}`, graph });
  expect(workflow.status).toBe(201);
  const run = await call(mock, 'POST', `${arBase}/v1/workflows/${workflow.json.id}/command`, contributor(project), { command: 'start', params: {} });
  expect(run.status).toBe(201);
  return run.json.id;
}

describe('the corrected contracts, served by the mocks', () => {
  it('agentruntime: the run feed and the task inbox span the tenant without X-Project-Id, and narrow to one project with it', async () => {
    const mock = createMock('agentruntime');
    const inMain = await startWaitingRun(mock, 'proj-main');
    const inOther = await startWaitingRun(mock, 'proj-other');
    const feed = await call(mock, 'GET', `${arBase}/v1/runs`, contributor());
    expect(feed.status).toBe(200);
    expect(feed.json.data.map((run: { id: string }) => run.id).sort()).toEqual([inMain, inOther].sort());
    const narrowed = await call(mock, 'GET', `${arBase}/v1/runs`, contributor('proj-other'));
    expect(narrowed.json.data.map((run: { id: string; project_id: string }) => [run.id, run.project_id])).toEqual([[inOther, 'proj-other']]);
    const inbox = await call(mock, 'GET', `${arBase}/v1/tasks/pending`, contributor());
    expect(inbox.json.data.map((task: { run_id: string }) => task.run_id).sort()).toEqual([inMain, inOther].sort());
  });

  it('agentruntime: a dry run of a broken graph is a 422 naming the step; a sound graph passes with 200', async () => {
    const mock = createMock('agentruntime');
    const broken = { steps: [{ id: 'a', type: 'llm', name: 'A' }], edges: [{ from: 'a', to: 'ghost' }] };
    const workflow = await call(mock, 'POST', `${arBase}/v1/workflows`, contributor('proj-main'), { name: 'validate me', graph: broken });
    const failed = await call(mock, 'POST', `${arBase}/v1/workflows/${workflow.json.id}/validate`, contributor('proj-main'));
    expect(failed.status).toBe(422);
    expect(failed.json).toMatchObject({ code: 'validation_failed', details: [{ field: 'graph.steps.ghost' }] });
    await call(mock, 'PATCH', `${arBase}/v1/workflows/${workflow.json.id}`, contributor('proj-main'), { graph: { ...broken, edges: [] } });
    const passed = await call(mock, 'POST', `${arBase}/v1/workflows/${workflow.json.id}/validate`, contributor('proj-main'));
    expect(passed).toMatchObject({ status: 200, json: { valid: true, issues: [] } });
  });

  it('agentruntime: a viewer PAT calling the webhook ingress gets its documented 403', async () => {
    const mock = createMock('agentruntime');
    const viewer = { authorization: 'Bearer pat_viewer_acme_fidelity', 'x-tenant-id': 'acme', 'x-project-id': 'proj-main', 'x-agentruntime-signature': `sha256=${'0'.repeat(64)}` };
    const answer = await call(mock, 'POST', `${arBase}/v1/inbound-webhooks/iwh-any`, viewer, { event: 'x' });
    expect(answer.status).toBe(403);
    expect(answer.json.code).toBe('forbidden');
  });

  it('agentruntime: `skipped: false` on an ordinary event is valid; a skip with an undocumented reason is not', () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ ...agentRuntimeSpec, $id: 'agentruntime' });
    const validEvent = ajv.compile({ $ref: 'agentruntime#/components/schemas/RunEvent' });
    const event = (data: unknown) => ({ id: 'ev-1', run_id: 'run-1', step_id: 'a', event_type: 'step_completed', data, created_at: '2026-01-01T00:00:00Z' });
    expect(validEvent(event({ skipped: false, output: 'done' }))).toBe(true);
    expect(validEvent(event({ skipped: true, reason: 'step_disabled' }))).toBe(true);
    expect(validEvent(event({ skipped: true, reason: 'felt_like_it' }))).toBe(false);
  });

  it('intent-runs: aborting a running run answers 200 with no content', async () => {
    const mock = createMock('intent-runs');
    const headers = { 'x-api-key': 'ir_fidelity' };
    const created = await call(mock, 'POST', 'https://intent-runs.example/v1/runs', headers, {
      intent: 'Summarise Q4 sales', selectedCustomerIntegrationIds: ['*'], context: 'By region', userId: 'user-1',
    });
    expect(created.status).toBe(201);
    const aborted = await call(mock, 'DELETE', `https://intent-runs.example/v1/runs/${created.json.runId}`, headers);
    expect(aborted).toMatchObject({ status: 200, text: '' });
    expect((await call(mock, 'GET', `https://intent-runs.example/v1/runs/${created.json.runId}`, headers)).json.status).toBe('ABORTED');
  });

  it('runflow: a valid key that lacks access (rf_noscope_…) gets the documented 403, in the API\'s error body', async () => {
    const mock = createMock('runflow');
    const answer = await call(mock, 'GET', 'https://api.runflow.ai/api/v1/runtime/v1/observability/reviews/rev-1', { 'x-api-key': 'rf_noscope_team' });
    expect(answer).toMatchObject({ status: 403, json: { statusCode: 403, error: 'Forbidden' } });
  });
});
