/**
 * Deterministic mode with a fixture: whatever the fixture holds stays. New
 * objects never take an id the fixture already uses, and the clock goes on
 * from the fixture's latest date. And deterministic mode repeats itself: the
 * same calls after a reset give the same answers, request ids included.
 */
import { describe, expect, it } from 'vitest';
import { createMock, readFixtures } from '../../mocks/registry.ts';
import type { StatefulMock } from '../../mocks/stateful/app.ts';

interface Creation {
  api: string;
  headers: Record<string, string>;
  create: { path: string; body: unknown };
  list: string;
  idOf(created: Record<string, unknown>): string;
  createdAtOf(created: Record<string, unknown>): string;
  listedIds(list: Record<string, unknown>): string[];
}

const json = { 'content-type': 'application/json' };
const agentRuntimeHeaders = { authorization: 'Bearer pat_admin_acme_demo', 'x-tenant-id': 'acme', 'x-project-id': 'proj-main' };

const creations: Creation[] = [
  {
    api: 'runtype',
    headers: { authorization: 'Bearer rt_demo_key' },
    create: { path: '/v1/flows', body: { name: 'New flow', steps: [{ type: 'prompt', name: 'ask' }] } },
    list: '/v1/flows?limit=100',
    idOf: (created) => created.id as string,
    createdAtOf: (created) => created.createdAt as string,
    listedIds: (list) => (list.data as { id: string }[]).map((flow) => flow.id),
  },
  {
    api: 'agentruntime',
    headers: agentRuntimeHeaders,
    create: { path: '/v1/workflows', body: { name: 'New workflow' } },
    list: '/v1/workflows?limit=100',
    idOf: (created) => created.id as string,
    createdAtOf: (created) => created.created_at as string,
    listedIds: (list) => (list.data as { id: string }[]).map((workflow) => workflow.id),
  },
  {
    api: 'intent-runs',
    headers: { 'x-api-key': 'ir_demo_key' },
    create: { path: '/v1/runs', body: { intent: 'Summarise the week', selectedCustomerIntegrationIds: ['*'], context: '', userId: 'user-123' } },
    list: '/v1/runs?pageSize=100',
    idOf: (created) => created.runId as string,
    createdAtOf: (created) => created.createdAt as string,
    listedIds: (list) => (list.data as { runId: string }[]).map((run) => run.runId),
  },
];

/** Every string in a JSON value. */
function stringsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') found.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, found);
  return found;
}

/** The latest ISO date-time in a JSON value, deadlines (`expiresAt`) aside: they lie in the future by nature. */
function latestDate(value: unknown, key = ''): string {
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value) && !/^expires/i.test(key) ? value : '';
  let latest = '';
  const entries = Array.isArray(value) ? value.map((item) => [key, item] as const) : value && typeof value === 'object' ? Object.entries(value) : [];
  for (const [name, item] of entries) {
    const found = latestDate(item, name);
    if (found > latest) latest = found;
  }
  return latest;
}

async function call(mock: StatefulMock, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const response = await mock.handle(new Request(`http://mock.local${path}`, { method, headers: { ...headers, ...(body === undefined ? {} : json) }, body: body === undefined ? null : JSON.stringify(body) }));
  return { status: response.status, headers: Object.fromEntries(response.headers), body: response.status === 204 ? null : ((await response.json()) as Record<string, unknown>) };
}

describe.each(creations)('$api in deterministic mode after the demo fixture', (creation) => {
  it(`POST ${creation.create.path} keeps every fixture object, takes no id the fixture uses, and is dated after it`, async () => {
    const mock = createMock(creation.api, { deterministic: true });
    mock.loadFixture('demo');
    const fixture = readFixtures(creation.api).demo;
    const fixtureStrings = stringsIn(fixture);
    const before = await call(mock, 'GET', creation.list, creation.headers);
    const storedIds = creation.listedIds(before.body!);
    expect(storedIds.length).toBeGreaterThan(0);

    const created = await call(mock, 'POST', creation.create.path, creation.headers, creation.create.body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // No string the mock made up for the new object (its id, its events' ids, keys) is one the fixture holds.
    const sent = stringsIn(creation.create.body);
    const clashes = [...stringsIn(created.body)].filter((text) => fixtureStrings.has(text) && !sent.has(text) && /\d{6}/.test(text));
    expect(clashes).toEqual([]);
    expect(creation.createdAtOf(created.body!) > latestDate(fixture)).toBe(true);
    expect(latestDate(fixture)).toMatch(/^2026-05/);

    const after = await call(mock, 'GET', creation.list, creation.headers);
    expect(new Set(creation.listedIds(after.body!))).toEqual(new Set([...storedIds, creation.idOf(created.body!)]));
  });
});

describe.each(['runflow', 'runtype', 'intent-runs', 'agentruntime'])('%s in deterministic mode', (api) => {
  const scripts: Record<string, { method: string; path: string; headers: Record<string, string>; body?: unknown }[]> = {
    runflow: [
      { method: 'POST', path: '/api/v1/runtime/v1/observability/executions/exec-1/reviews', headers: { 'x-api-key': 'rf_k' }, body: { agentId: 'agent-1', rating: 'bad', comment: 'Wrong opening hours' } },
      { method: 'GET', path: '/api/v1/runtime/v1/observability/reviews/rev-nope', headers: { 'x-api-key': 'rf_k' } },
      { method: 'POST', path: '/api/v1/runtime/v1/observability/executions/exec-2/reviews', headers: { 'x-api-key': 'rf_k' }, body: { rating: 'awful' } },
    ],
    runtype: [
      { method: 'POST', path: '/v1/flows', headers: { authorization: 'Bearer rt_k' }, body: { name: 'A flow', steps: [] } },
      { method: 'POST', path: '/v1/api-keys', headers: { authorization: 'Bearer rt_k' }, body: { name: 'ci' } },
      { method: 'GET', path: '/v1/flows/flow_nope', headers: { authorization: 'Bearer rt_k' } },
    ],
    'intent-runs': [
      { method: 'POST', path: '/v1/runs', headers: { 'x-api-key': 'ir_k' }, body: { intent: 'Summarise', selectedCustomerIntegrationIds: ['*'], context: '', userId: 'u', approvalStrategy: 'PLAN' } },
      { method: 'GET', path: '/v1/runs/00000000-0000-4000-8000-000000000999', headers: { 'x-api-key': 'ir_k' } },
    ],
    agentruntime: [
      { method: 'POST', path: '/v1/workflows', headers: agentRuntimeHeaders, body: { name: 'Digest' } },
      { method: 'POST', path: '/v1/workflows', headers: agentRuntimeHeaders, body: { name: 7 } },
      { method: 'GET', path: '/v1/nowhere', headers: agentRuntimeHeaders },
    ],
  };

  it('answers the same calls identically after a reset, ids, dates and request ids included', async () => {
    const mock = createMock(api, { deterministic: true });
    const run = async () => {
      const answers = [];
      for (const step of scripts[api]!) answers.push(await call(mock, step.method, step.path, step.headers, step.body));
      return answers;
    };
    const first = await run();
    // The script makes something and is refused something: both sides are compared.
    expect(first.some((answer) => answer.status < 300)).toBe(true);
    expect(first.some((answer) => answer.status >= 400)).toBe(true);
    expect(await run()).not.toEqual(first);
    mock.reset();
    expect(await run()).toEqual(first);
  });
});
