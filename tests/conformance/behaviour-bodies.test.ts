/**
 * Creates whose bodies the checks build on: arrays grown to several items,
 * and parents made for the ids a body names (`workflow_id`), judged against
 * servers that store less than they answer.
 */
import { describe, expect, it } from 'vitest';
import { findApi } from '../../apis/index.ts';
import { writeThenRead } from '../../conformance/checks/write-then-read.ts';
import { resourceOf } from '../../conformance/checks/support/contract-model.ts';
import { createResource } from '../../conformance/checks/support/resources.ts';
import { contextOf, judgeExample } from './behaviour-harness.ts';
import { json, newSession, switchableMockServer } from './harness.ts';

const runtype = { a: { Authorization: 'Bearer rt_bodies_a' }, b: { Authorization: 'Bearer rt_bodies_b' } };
const agentruntime = findApi('agentruntime').identities.conformance;

type Handle = (request: Request) => Promise<Response>;

/** A create that stores only what `keep` leaves of the body, while its answer is built from the whole request. */
function storesLess(mock: Handle, path: RegExp, keep: (body: Record<string, unknown>) => Record<string, unknown>): Handle {
  return async (request) => {
    if (request.method !== 'POST' || !path.test(new URL(request.url).pathname)) return mock(request);
    const body = (await request.clone().json()) as Record<string, unknown>;
    const stored = await mock(new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(keep(body)) }));
    if (stored.status >= 300) return stored;
    return json(stored.status, { ...((await stored.json()) as object), ...body });
  };
}

describe('write then read, on bodies made for the check', () => {
  const server = switchableMockServer();

  it('grows the arrays of a create to several items: fails when only the first step is stored', async () => {
    server.fresh('runtype');
    expect(await judgeExample(writeThenRead, newSession('runtype', server.url, runtype), 'createFlow')).toEqual([]);
    server.use(storesLess(server.mock, /\/flows$/, (body) => ({ ...body, steps: (body.steps as unknown[]).slice(0, 1) })));
    const messages = await judgeExample(writeThenRead, newSession('runtype', server.url, runtype), 'createFlow');
    expect(messages).toContainEqual(expect.stringMatching(/^received steps: \[.+ from GET \/flows\/\S+ \/ documented \[.+, as createFlow wrote it$/));
  });

  it('gives a free-form map a nested object: fails when nested metadata reads back flattened into dotted keys', async () => {
    server.fresh('runtype');
    expect(await judgeExample(writeThenRead, newSession('runtype', server.url, runtype), 'createRecord')).toEqual([]);
    // A key-value side table: the writer flattens nested objects, the reader never rebuilds them.
    const flattened = (value: Record<string, unknown>, prefix = ''): Record<string, unknown> =>
      Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (item && typeof item === 'object' && !Array.isArray(item) ? Object.entries(flattened(item as Record<string, unknown>, `${prefix}${key}.`)) : [[`${prefix}${key}`, item]])));
    server.use(storesLess(server.mock, /\/records$/, (body) => (body.metadata ? { ...body, metadata: flattened(body.metadata as Record<string, unknown>) } : body)));
    const messages = await judgeExample(writeThenRead, newSession('runtype', server.url, runtype), 'createRecord');
    expect(messages).toContainEqual(expect.stringMatching(/^received metadata: \{.*"address\.city":"Lisboa".* from GET \/records\/\S+ \/ documented \{.*"address":\{"city":"Lisboa".*, as createRecord wrote it$/));
  });

  it('makes the parent a body names (a workflow for workflow_id) instead of giving up on the example\'s unknown id', async () => {
    server.fresh('agentruntime');
    const session = newSession('agentruntime', server.url, agentruntime);
    const create = session.operation('createInboundWebhook');
    expect((await session.call(create, session.validRequest(create))).response?.status).toBe(422);
    const created = await createResource(contextOf(session), resourceOf(session.contract, create) ?? { create, key: 'id' });
    expect(created.response?.status).toBe(201);
    const workflowId = (created.request.body as { workflow_id: string }).workflow_id;
    expect(workflowId).not.toBe((session.validRequest(create).body as { workflow_id: string }).workflow_id);
    expect((await session.call('getWorkflow', { ...session.validRequest('getWorkflow'), path: { id: workflowId } })).response?.status).toBe(200);
  });
});
