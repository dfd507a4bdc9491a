/**
 * Resources the checks find through the create's links rather than through a
 * read of their own: an upsert listed by its owner (`?agentId=`), and the
 * routes a create links to through the created id (`/{id}/credentials`).
 */
import { describe, expect, it } from 'vitest';
import { goneMeansGone } from '../../conformance/checks/gone-means-gone.ts';
import { isolation } from '../../conformance/checks/isolation.ts';
import { upsertKeepsUnsentFields } from '../../conformance/checks/upsert-keeps-unsent-fields.ts';
import { findApi } from '../../apis/index.ts';
import { judgeExample } from './behaviour-harness.ts';
import { json, newSession, switchableMockServer } from './harness.ts';

const runflow = { a: { 'x-api-key': 'rf_linked_a' }, b: { 'x-api-key': 'rf_linked_b' } };
const agentruntime = findApi('agentruntime').identities.conformance;
const tabs = '/api/v1/runtime/observability/dashboard-tabs';
const cards = '/api/v1/runtime/observability/dashboard-cards';

describe('checks that follow a create to its list or its sub-routes fail against a server with exactly their fault', () => {
  const server = switchableMockServer();

  it('"upsert keeps unsent fields": passes on the mock; fails when a repeat without sortOrder resets it to 0', async () => {
    server.fresh('runflow');
    expect(await judgeExample(upsertKeepsUnsentFields, newSession('runflow', server.url, runflow), 'upsertDashboardTab')).toEqual([]);
    // The request DTO defaults sortOrder before the upsert runs.
    server.use(async (request) => {
      if (request.method !== 'POST' || new URL(request.url).pathname !== tabs) return server.mock(request);
      const body = JSON.parse(await request.clone().text()) as Record<string, unknown>;
      return server.mock(new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify({ sortOrder: 0, ...body }) }));
    });
    const messages = await judgeExample(upsertKeepsUnsentFields, newSession('runflow', server.url, runflow), 'upsertDashboardTab');
    expect(messages).toHaveLength(1);
    expect(messages![0]).toMatch(/^received sortOrder: 0 from GET \S+dashboard-tabs\?agentId=\S+ after POST \S+dashboard-tabs sent only agentId, name \/ documented 1, as the first call stored it/);
  });

  it('"upsert keeps unsent fields" judges only upserts whose contract promises it (cards: not documented)', async () => {
    server.fresh('runflow');
    expect(await judgeExample(upsertKeepsUnsentFields, newSession('runflow', server.url, runflow), 'upsertDashboardCard')).toBeUndefined();
  });

  it('"isolation": finds an upsert without a read through its list link; fails when the list ignores the tenant', async () => {
    server.fresh('runflow');
    expect(await judgeExample(isolation, newSession('runflow', server.url, runflow), 'upsertDashboardCard')).toEqual([]);
    // The list selects by agentId alone: what any key wrote for that agent comes back.
    server.use(async (request) => {
      const url = new URL(request.url);
      if (request.method !== 'GET' || url.pathname !== cards) return server.mock(request);
      const merged: unknown[] = [];
      for (const key of ['rf_linked_a', 'rf_linked_b']) {
        const answer = (await (await server.mock(new Request(url, { headers: { 'x-api-key': key } }))).json()) as { cards: unknown[] };
        merged.push(...answer.cards);
      }
      return json(200, { success: true, total: merged.length, cards: merged });
    });
    const messages = await judgeExample(isolation, newSession('runflow', server.url, runflow), 'upsertDashboardCard');
    expect(messages).toContainEqual(expect.stringMatching(/^received id "[^"]+" in listDashboardCards as identity B \/ documented only the caller's own items$/));
  });

  it('"gone means gone": fails when a route the create links to still serves a deleted connection', async () => {
    server.fresh('agentruntime');
    expect(await judgeExample(goneMeansGone, newSession('agentruntime', server.url, agentruntime), 'createConnection')).toEqual([]);
    // The credential metadata lives in a vault the delete does not clear.
    const vault = new Map<string, string>();
    server.use(async (request) => {
      const path = new URL(request.url).pathname;
      const credentials = /^\/v1\/connections\/([^/]+)\/credentials$/.exec(path);
      const response = await server.mock(request);
      if (request.method === 'GET' && credentials && response.status === 200) vault.set(path, await response.clone().text());
      if (request.method === 'GET' && credentials && response.status === 404 && vault.has(path)) return json(200, JSON.parse(vault.get(path)!));
      return response;
    });
    const messages = await judgeExample(goneMeansGone, newSession('agentruntime', server.url, agentruntime), 'createConnection');
    expect(messages).toEqual([expect.stringMatching(/^received 200( with \d+ item\(s\))? from GET \/v1\/connections\/[^/]+\/credentials after DELETE \/v1\/connections\/[^ ]+ \/ documented 404: nothing of a deleted resource is served$/)]);
  });

  it('"isolation": makes items for a list through a parent the create needs (a workflow, then a run), and fails when a filter drops the tenant', async () => {
    server.fresh('agentruntime');
    expect(await judgeExample(isolation, newSession('agentruntime', server.url, agentruntime), 'listRuns')).toEqual([]);
    // `where: { status }` in place of `where: { tenant, status }`: a filtered feed answers for every workspace.
    server.use(async (request) => {
      const url = new URL(request.url);
      if (request.method !== 'GET' || url.pathname !== '/v1/runs' || !url.searchParams.has('status')) return server.mock(request);
      const everyWorkspace: unknown[] = [];
      for (const identity of [agentruntime.a!, agentruntime.b!]) {
        const headers = new Headers(request.headers);
        for (const [name, value] of Object.entries(identity)) headers.set(name, value);
        everyWorkspace.push(...((await (await server.mock(new Request(url, { headers }))).json()) as { data: unknown[] }).data);
      }
      return json(200, { data: everyWorkspace, next_cursor: null });
    });
    const messages = await judgeExample(isolation, newSession('agentruntime', server.url, agentruntime), 'listRuns');
    expect(messages).toEqual([expect.stringMatching(/^received id "[^"]+" of identity A's in listRuns with status=\w+ as identity B, which its unfiltered list does not hold \/ documented only the caller's own items, under every filter$/)]);
  });

  it('"isolation": fails when another route the create links to names A\'s resource to identity B', async () => {
    server.fresh('runflow');
    expect(await judgeExample(isolation, newSession('runflow', server.url, runflow), 'createReview')).toEqual([]);
    // The exists check looks the review up by execution id alone: any tenant sees it.
    server.use(async (request) => {
      const exists = request.method === 'GET' && new URL(request.url).pathname.endsWith('/reviews/exists');
      return server.mock(exists ? new Request(request.url, { headers: { 'x-api-key': runflow.a['x-api-key'] } }) : request);
    });
    const messages = await judgeExample(isolation, newSession('runflow', server.url, runflow), 'createReview');
    expect(messages).toEqual([expect.stringMatching(/^received id "[^"]+" of identity A's resource in GET \S+\/reviews\/exists as identity B \/ documented the resource another identity wrote as invisible$/)]);
  });
});

