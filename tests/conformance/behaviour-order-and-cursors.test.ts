/**
 * Lists that keep an order (a direction the caller asks for, or an x-order the
 * list always keeps) and cursors that keep their place across a write, each
 * judged against the mock and against a server that gets exactly that wrong.
 */
import { describe, expect, it } from 'vitest';
import { cursorsSurviveWrites } from '../../conformance/checks/cursors-survive-writes.ts';
import { listsKeepTheirOrder } from '../../conformance/checks/lists-keep-their-order.ts';
import { judgeExample } from './behaviour-harness.ts';
import { json, newSession, resent, switchableMockServer } from './harness.ts';

const runtype = { a: { Authorization: 'Bearer rt_order_a' } };
const runflow = { a: { 'x-api-key': 'rf_order_a' } };

describe('order and cursors, judged against servers that get them wrong', () => {
  const server = switchableMockServer();

  it('"lists keep their order": fails when a query sorts the other way than the direction it was asked for', async () => {
    server.fresh('runflow');
    expect(await judgeExample(listsKeepTheirOrder, newSession('runflow', server.url, runflow), 'queryEvents')).toEqual([]);
    server.use(async (request) => {
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/events/query')) return server.mock(request);
      const body = JSON.parse(await request.clone().text()) as { sortOrder?: string };
      // The direction is read the wrong way round.
      const inverted = body.sortOrder === undefined ? body : { ...body, sortOrder: body.sortOrder === 'asc' ? 'desc' : 'asc' };
      return server.mock(await resent(request, { body: inverted }));
    });
    const messages = await judgeExample(listsKeepTheirOrder, newSession('runflow', server.url, runflow), 'queryEvents');
    expect(messages).toEqual([expect.stringMatching(/^received rank_\w+ 4 before 3 for sortBy=rank_\w+, sortOrder=asc \/ documented rows ordered by rank_\w+ ascending$/)]);
  });

  it('"lists keep their order": fails when a query ignores its direction, and when desc answers other rows than asc', async () => {
    server.fresh('runflow');
    server.use(async (request) => {
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/events/query')) return server.mock(request);
      const { sortBy: _by, sortOrder: _order, ...body } = JSON.parse(await request.clone().text()) as Record<string, unknown>;
      return server.mock(await resent(request, { body }));
    });
    const ignored = await judgeExample(listsKeepTheirOrder, newSession('runflow', server.url, runflow), 'queryEvents');
    expect(ignored).toEqual([expect.stringMatching(/^received rank_\w+ \d before \d for sortBy=rank_\w+, sortOrder=(asc|desc) \/ documented rows ordered by rank_\w+ (ascending|descending)$/)]);
    server.fresh('runflow');
    server.use(async (request) => {
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/events/query')) return server.mock(request);
      const asked = JSON.parse(await request.clone().text()) as { sortOrder?: string };
      const response = await server.mock(request);
      const body = (await response.json()) as { rows: unknown[]; total: number };
      // The descending answer loses its last row.
      return json(200, asked.sortOrder === 'desc' ? { ...body, rows: body.rows.slice(0, -1), total: body.total - 1 } : body);
    });
    const fewer = await judgeExample(listsKeepTheirOrder, newSession('runflow', server.url, runflow), 'queryEvents');
    expect(fewer).toEqual(['received 4 rows for sortOrder=desc and 5 for asc, not the same rows / documented the same rows in mirror order']);
  });

  it('"lists keep their order": fails when an upsert that changes a tab\'s sortOrder leaves the list as it was', async () => {
    server.fresh('runflow');
    expect(await judgeExample(listsKeepTheirOrder, newSession('runflow', server.url, runflow), 'listDashboardTabs')).toEqual([]);
    const seen = new Set<string>();
    server.use(async (request) => {
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/dashboard-tabs')) return server.mock(request);
      const body = JSON.parse(await request.clone().text()) as { agentId: string; name: string; sortOrder?: number };
      const identity = `${body.agentId}/${body.name}`;
      const repeat = seen.has(identity);
      seen.add(identity);
      if (!repeat) return server.mock(request);
      // The repeat answers the new sortOrder but never stores it.
      const { sortOrder, ...kept } = body;
      const answer = (await (await server.mock(await resent(request, { body: kept }))).json()) as { tab: Record<string, unknown> };
      return json(200, { ...answer, tab: { ...answer.tab, sortOrder } });
    });
    const messages = await judgeExample(listsKeepTheirOrder, newSession('runflow', server.url, runflow), 'listDashboardTabs');
    expect(messages).toEqual([
      expect.stringMatching(/^received id "[^"]+" \(written sortOrder 4\) before "[^"]+" \(written sortOrder [23]\) in GET \/\S+ after id "[^"]+" was given sortOrder 4 \/ documented the list ordered by sortOrder ascending$/),
    ]);
  });

  it('"lists keep their order": fails when a newest-first list answers oldest first', async () => {
    server.fresh('runtype');
    expect(await judgeExample(listsKeepTheirOrder, newSession('runtype', server.url, runtype), 'listTools')).toEqual([]);
    server.use(async (request) => {
      const response = await server.mock(request);
      if (request.method !== 'GET' || new URL(request.url).pathname !== '/tools' || response.status !== 200) return response;
      const body = (await response.json()) as { data: unknown[] };
      return json(200, { ...body, data: [...body.data].reverse() });
    });
    const messages = await judgeExample(listsKeepTheirOrder, newSession('runtype', server.url, runtype), 'listTools');
    expect(messages).toEqual([expect.stringMatching(/^received id "[^"]+" \(createdAt "[^"]+"\) before "[^"]+" \(createdAt "[^"]+"\) in GET \/tools\S* \/ documented the list ordered by createdAt descending$/)]);
  });

  it('"cursors survive writes": fails when a newest-first list\'s cursor is an offset in disguise', async () => {
    server.fresh('runtype');
    expect(await judgeExample(cursorsSurviveWrites, newSession('runtype', server.url, runtype), 'listFlows')).toEqual([]);
    // The cursor counts items: a page after it is read from the top of the list as it stands now.
    server.use(async (request) => {
      const url = new URL(request.url);
      if (request.method !== 'GET' || url.pathname !== '/flows') return server.mock(request);
      const offset = Number(url.searchParams.get('cursor')?.replace(/^off_/, '') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      url.searchParams.delete('cursor');
      url.searchParams.set('limit', '100');
      const body = (await (await server.mock(await resent(request, { url: url.href }))).json()) as { data: unknown[]; pagination: Record<string, unknown> };
      const data = body.data.slice(offset, offset + limit);
      const hasMore = offset + limit < body.data.length;
      return json(200, { data, pagination: { ...body.pagination, limit, hasMore, nextCursor: hasMore ? `off_${offset + limit}` : null } });
    });
    const messages = await judgeExample(cursorsSurviveWrites, newSession('runtype', server.url, runtype), 'listFlows');
    expect(messages).toEqual([
      expect.stringMatching(/^received id "[^"]+" again after following the first page's cursor, once an item was added \/ documented a cursor that continues after the 2 items of the first page, whatever is written meanwhile$/),
    ]);
  });

  it('"cursors survive writes": fails when a cursor skips past an item on an oldest-first list', async () => {
    server.fresh('runtype');
    expect(await judgeExample(cursorsSurviveWrites, newSession('runtype', server.url, runtype), 'listConversationMessages')).toEqual([]);
    // The next page starts one item after the cursor's: an item is skipped whatever is written.
    server.use(async (request) => {
      const url = new URL(request.url);
      const response = await server.mock(request);
      if (request.method !== 'GET' || !url.pathname.endsWith('/messages') || !url.searchParams.has('cursor') || response.status !== 200) return response;
      const body = (await response.json()) as { data: unknown[] };
      return json(200, { ...body, data: body.data.slice(1) });
    });
    const messages = await judgeExample(cursorsSurviveWrites, newSession('runtype', server.url, runtype), 'listConversationMessages');
    expect(messages).toEqual([expect.stringMatching(/^received no id "[^"]+" following the first page's cursor, once an item was added \/ documented every item the list held before the write \(1 skipped\)$/)]);
  });

  it('"cursors survive writes": fails when the cursor of a deleted item starts the list again', async () => {
    server.fresh('runtype');
    expect(await judgeExample(cursorsSurviveWrites, newSession('runtype', server.url, runtype), 'listRecords')).toEqual([]);
    // The cursor is resolved by looking up the record it names; when that record is gone, the handler serves the first page.
    const namedBy = new Map<string, string>();
    const deleted = new Set<string>();
    server.use(async (request) => {
      const url = new URL(request.url);
      if (request.method === 'DELETE' && url.pathname.startsWith('/records/')) deleted.add(decodeURIComponent(url.pathname.split('/').pop()!));
      const cursor = url.searchParams.get('cursor');
      if (request.method === 'GET' && url.pathname === '/records' && cursor && deleted.has(namedBy.get(cursor) ?? '')) url.searchParams.delete('cursor');
      const response = await server.mock(await resent(request, { url: url.href }));
      if (request.method !== 'GET' || url.pathname !== '/records' || response.status !== 200) return response;
      const body = (await response.json()) as { data: { id: string }[]; pagination: { nextCursor?: string | null } };
      if (body.pagination.nextCursor && body.data.length > 0) namedBy.set(body.pagination.nextCursor, body.data[body.data.length - 1]!.id);
      return json(200, body);
    });
    const messages = await judgeExample(cursorsSurviveWrites, newSession('runtype', server.url, runtype), 'listRecords');
    expect(messages).toEqual([
      expect.stringMatching(/^received id "[^"]+" of the first page again after following its cursor, once the item that cursor named was deleted \/ documented a cursor that continues after the first page, never from the start$/),
    ]);
  });
});
