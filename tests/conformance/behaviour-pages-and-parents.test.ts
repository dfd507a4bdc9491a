import { describe, expect, it } from 'vitest';
import { listsHonourTheirFilters } from '../../conformance/checks/lists-honour-their-filters.ts';
import { pagesAreConsistent } from '../../conformance/checks/pages-are-consistent.ts';
import { judgeExample } from './behaviour-harness.ts';
import { json, newSession, resent, switchableMockServer } from './harness.ts';

const runtype = { a: { Authorization: 'Bearer rt_pages_a' } };
const runflow = { a: { 'x-api-key': 'rf_pages_a' } };

describe('paging and parent paths, judged against servers that get them wrong', () => {
  const server = switchableMockServer();

  it('"pages are consistent": fails when an exactly full last page says more follow', async () => {
    server.fresh('runtype');
    expect(await judgeExample(pagesAreConsistent, newSession('runtype', server.url, runtype), 'listTools')).toEqual([]);
    // hasMore computed as "as many rows as the limit": a full last page points at an empty one.
    server.use(async (request) => {
      const response = await server.mock(request);
      const url = new URL(request.url);
      if (request.method !== 'GET' || url.pathname !== '/tools' || response.status !== 200) return response;
      const body = (await response.json()) as { data: unknown[]; pagination: { hasMore: boolean; nextCursor: string | null; limit: number } };
      if (body.pagination.hasMore || body.data.length === 0 || body.data.length < body.pagination.limit) return json(200, body);
      return json(200, { ...body, pagination: { ...body.pagination, hasMore: true, nextCursor: `cur_${btoa('0').replace(/=+$/, '')}` } });
    });
    const messages = await judgeExample(pagesAreConsistent, newSession('runtype', server.url, runtype), 'listTools');
    expect(messages).toContainEqual(expect.stringMatching(/^received an empty page from GET \/tools\?limit=\d+&cursor=cur_\w+ after a page of \d+ items that said more follow \(hasMore: true\) \/ documented more pages only while items remain$/));
  });

  it('"pages are consistent": fails when total counts the page instead of the list', async () => {
    server.fresh('runflow');
    expect(await judgeExample(pagesAreConsistent, newSession('runflow', server.url, runflow), 'listReviews')).toEqual([]);
    // The COUNT(*) query was dropped as too slow: total is the length of the page.
    server.use(async (request) => {
      const response = await server.mock(request);
      if (request.method !== 'GET' || !new URL(request.url).pathname.endsWith('/reviews') || response.status !== 200) return response;
      const body = (await response.json()) as { reviews: unknown[]; total: number };
      return json(200, { ...body, total: body.reviews.length });
    });
    const messages = await judgeExample(pagesAreConsistent, newSession('runflow', server.url, runflow), 'listReviews');
    expect(messages).toContainEqual(expect.stringMatching(/^received total: \d+ in the answer to GET \/api\/v1\/runtime\/v1\/observability\/reviews\?\S+ \/ documented the number of items in the whole list, \d+ here \(every page walked\)$/));
  });

  it('"pages are consistent": fails when a query paged in its body answers one row more than asked for', async () => {
    server.fresh('runflow');
    expect(await judgeExample(pagesAreConsistent, newSession('runflow', server.url, runflow), 'queryEvents')).toEqual([]);
    server.use(async (request) => {
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/events/query')) return server.mock(request);
      const body = JSON.parse(await request.clone().text()) as { limit?: number };
      // One row more than asked for, within the documented maximum (1000) that the server still enforces.
      return server.mock(await resent(request, { body: { ...body, limit: Math.min((body.limit ?? 100) + 1, 1000) } }));
    });
    const messages = await judgeExample(pagesAreConsistent, newSession('runflow', server.url, runflow), 'queryEvents');
    expect(messages).toContainEqual('received 3 items in the first page for limit=2 / documented at most 2 items a page');
  });

  it('"pages are consistent": fails when the pages after the first forget the page size, on a list filled through a create that answers more than its item, and on a list under a parent', async () => {
    for (const operationId of ['listClientTokens', 'listConversationMessages']) {
      server.fresh('runtype');
      expect(await judgeExample(pagesAreConsistent, newSession('runtype', server.url, runtype), operationId)).toEqual([]);
      // The query is rebuilt from the cursor alone: every page after the first has the default size.
      server.use(async (request) => {
        const url = new URL(request.url);
        if (request.method === 'GET' && url.searchParams.has('cursor')) url.searchParams.delete('limit');
        return server.mock(await resent(request, { url: url.href }));
      });
      const messages = await judgeExample(pagesAreConsistent, newSession('runtype', server.url, runtype), operationId);
      expect(messages).toContainEqual(expect.stringMatching(/^received \d+ items in page 2 for limit=\d+ \/ documented at most \d+ items a page$/));
    }
  });

  it('"lists honour their filters": fails when a list under a parent path serves another parent\'s items', async () => {
    server.fresh('runtype');
    expect(await judgeExample(listsHonourTheirFilters, newSession('runtype', server.url, runtype), 'listConversationMessages')).toEqual([]);
    // Every conversation's messages are read from the first conversation the server saw created.
    let first: string | undefined;
    server.use(async (request) => {
      const url = new URL(request.url);
      if (request.method === 'GET' && first && /^\/conversations\/[^/]+\/messages$/.test(url.pathname)) {
        url.pathname = `/conversations/${first}/messages`;
        return server.mock(await resent(request, { url: url.href }));
      }
      const response = await server.mock(request);
      if (request.method === 'POST' && url.pathname === '/conversations' && response.status === 201) first ??= ((await response.clone().json()) as { id: string }).id;
      return response;
    });
    const messages = await judgeExample(listsHonourTheirFilters, newSession('runtype', server.url, runtype), 'listConversationMessages');
    expect(messages).toHaveLength(1);
    expect(messages![0]).toMatch(/^received an item whose conversationId is "conv_\w+" from GET \/conversations\/conv_\w+\/messages\?limit=100 \/ documented only items of the path's id "conv_\w+"$/);
  });
});
