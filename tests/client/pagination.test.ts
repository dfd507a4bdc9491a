import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type AgentRuntimeSchemas, createAgentRuntimeClient } from '../../client/agentruntime.ts';
import { ApiError } from '../../client/errors.ts';
import { createIntentRunsClient, type IntentRunsSchemas } from '../../client/intent-runs.ts';
import { paginateCursor, paginateNextCursor, paginateOffset, paginatePages } from '../../client/pagination.ts';
import { createRunflowClient, type RunflowSchemas } from '../../client/runflow.ts';
import { createRuntypeClient, type RuntypeSchemas } from '../../client/runtype.ts';
import { freePort } from '../../mocks/lib/net.ts';
import { createMock } from '../../mocks/registry.ts';
import { type NodeServer, serveOnNode } from '../../mocks/stateful/node.ts';
import { sendJson, startTestServer, type TestServer } from '../helpers/http-server.ts';

// One server speaks the four paging styles over the same 23 items, each the
// way its API's contract says. Runflow's caps every page at 10, whatever limit
// it is sent, as the seed says the real one caps at 100.
const items = Array.from({ length: 23 }, (_, index) => ({ id: `item-${String(index + 1).padStart(2, '0')}` }));
const allIds = items.map((item) => item.id);
let failPage: string | undefined;
let repeatCursor = false;

function serve(url: URL): { status: number; body: unknown } {
  const query = url.searchParams;
  if (failPage && url.search.includes(failPage)) return { status: 500, body: { statusCode: 500, message: 'page store down', error: 'Internal Server Error' } };
  switch (url.pathname) {
    case '/api/v1/runtime/v1/observability/reviews': {
      const offset = Number(query.get('offset') ?? 0);
      const limit = Math.min(10, Number(query.get('limit') ?? 50));
      return { status: 200, body: { reviews: items.slice(offset, offset + limit), total: items.length, limit, offset } };
    }
    case '/v1/flows': {
      const start = query.get('cursor') ? Number(atob(query.get('cursor')!)) : 0;
      const limit = Number(query.get('limit') ?? 50);
      const end = start + limit;
      const nextCursor = end < items.length ? btoa(String(repeatCursor ? limit : end)) : null;
      return { status: 200, body: { data: items.slice(start, end), pagination: { nextCursor, hasMore: nextCursor !== null, limit } } };
    }
    case '/v1/runs': {
      const page = Number(query.get('page') ?? 1);
      const pageSize = Number(query.get('pageSize') ?? 10);
      return { status: 200, body: { data: items.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: items.length } };
    }
    case '/v1/workflows': {
      const start = Number(query.get('cursor') ?? 0);
      const limit = Number(query.get('limit') ?? 50);
      const end = start + limit;
      return { status: 200, body: { data: items.slice(start, end), next_cursor: end < items.length ? String(end) : null } };
    }
  }
  return { status: 404, body: { message: 'no such list' } };
}

describe('pagination: every item exactly once, in each API\'s paging style', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer((request, response) => {
      const { status, body } = serve(new URL(request.url, 'http://127.0.0.1'));
      sendJson(response, status, body);
    });
  });
  afterAll(() => server.close());
  const urls = () => server.requests.map((request) => request.url);
  const drain = async <T>(iterator: AsyncIterable<T>) => {
    const seen: T[] = [];
    for await (const item of iterator) seen.push(item);
    return seen;
  };

  it('offset/limit (Runflow): advances by what each capped page held, keeping the filters', async () => {
    server.requests.length = 0;
    const runflow = createRunflowClient({ baseUrl: server.url, apiKey: 'rf_pages' });
    const reviews = paginateOffset(runflow, '/api/v1/runtime/v1/observability/reviews', {
      itemsKey: 'reviews', params: { query: { status: 'pending_review' } },
    });
    const seen = await drain(reviews);
    expectTypeOf(seen[0]!).toEqualTypeOf<RunflowSchemas['Review']>();
    expect(seen.map((review) => review.id)).toEqual(allIds);
    // @ts-expect-error: the reviews list pages by offset; a cursor iterator does not accept it
    void paginateCursor(runflow, '/api/v1/runtime/v1/observability/reviews');
    // @ts-expect-error: `total` is a number, not the list of items
    void paginateOffset(runflow, '/api/v1/runtime/v1/observability/reviews', { itemsKey: 'total' });
    expect(urls()).toEqual([0, 10, 20].map((offset) => `/api/v1/runtime/v1/observability/reviews?status=pending_review&limit=100&offset=${offset}`));
  });

  it('cursor (Runtype): follows pagination.nextCursor until hasMore is false', async () => {
    server.requests.length = 0;
    const runtype = createRuntypeClient({ baseUrl: `${server.url}/v1`, apiKey: 'rt_pages' });
    const seen = await drain(paginateCursor(runtype, '/flows', { pageSize: 5 }));
    expectTypeOf(seen[0]!).toEqualTypeOf<RuntypeSchemas['Flow']>();
    expect(seen.map((flow) => flow.id)).toEqual(allIds);
    expect(server.requests).toHaveLength(5);
    expect(urls()[1]).toBe(`/v1/flows?limit=5&cursor=${encodeURIComponent(btoa('5'))}`);
  });

  it('page/pageSize (intent-runs): stops when page · pageSize reaches total', async () => {
    server.requests.length = 0;
    const intentRuns = createIntentRunsClient({ baseUrl: server.url, apiKey: 'ir_pages' });
    const seen = await drain(paginatePages(intentRuns, '/v1/runs', { pageSize: 10, params: { query: { status: 'COMPLETED' } } }));
    expectTypeOf(seen[0]!).toEqualTypeOf<IntentRunsSchemas['Run']>();
    expect(seen.map((run) => (run as unknown as { id: string }).id)).toEqual(allIds);
    expect(urls()).toEqual([1, 2, 3].map((page) => `/v1/runs?status=COMPLETED&page=${page}&pageSize=10`));
  });

  it('next_cursor (AgentRuntime): follows next_cursor until it is null', async () => {
    server.requests.length = 0;
    const agentruntime = createAgentRuntimeClient({ baseUrl: server.url, token: 'pat_viewer_acme_x', tenantId: 'acme', projectId: 'p1' });
    const seen = await drain(paginateNextCursor(agentruntime, '/v1/workflows', { pageSize: 7 }));
    expectTypeOf(seen[0]!).toEqualTypeOf<AgentRuntimeSchemas['Workflow']>();
    expect(seen.map((workflow) => workflow.id)).toEqual(allIds);
    expect(urls()).toEqual(['/v1/workflows?limit=7', '/v1/workflows?limit=7&cursor=7', '/v1/workflows?limit=7&cursor=14', '/v1/workflows?limit=7&cursor=21']);
    expect(server.requests.every((request) => request.headers['x-tenant-id'] === 'acme')).toBe(true);
  });

  it('stops on a cursor the server already sent, instead of looping', async () => {
    repeatCursor = true;
    try {
      const runtype = createRuntypeClient({ baseUrl: `${server.url}/v1`, apiKey: 'rt_pages' });
      await expect(drain(paginateCursor(runtype, '/flows', { pageSize: 5 }))).rejects.toThrow(
        `/flows: the server sent cursor "${btoa('5')}" a second time; stopping instead of looping`,
      );
    } finally {
      repeatCursor = false;
    }
  });

  it('throws ApiError with the API\'s body when a page fails, after the pages before it', async () => {
    failPage = 'offset=10';
    try {
      const runflow = createRunflowClient({ baseUrl: server.url, apiKey: 'rf_pages', retry: false });
      const seen: string[] = [];
      const failure = await (async () => {
        for await (const review of paginateOffset(runflow, '/api/v1/runtime/v1/observability/reviews', { itemsKey: 'reviews' })) seen.push(review.id);
      })().catch((error: unknown) => error);
      expect(seen).toEqual(allIds.slice(0, 10));
      expect(failure).toBeInstanceOf(ApiError);
      expect((failure as ApiError).body).toEqual({ statusCode: 500, message: 'page store down', error: 'Internal Server Error' });
    } finally {
      failPage = undefined;
    }
  });
});

describe('pagination against the Runflow stateful mock', () => {
  let mock: NodeServer;
  beforeAll(async () => {
    const runflow = createMock('runflow');
    runflow.loadFixture('demo');
    mock = await serveOnNode(runflow, await freePort());
  });
  afterAll(() => mock.close());

  it('walks one review per page and gets the fixture\'s reviews once each, as many as total says', async () => {
    const runflow = createRunflowClient({ baseUrl: mock.url, apiKey: 'rf_demo_key' });
    const first = await runflow.GET('/api/v1/runtime/v1/observability/reviews', { params: { query: { limit: 100 } } });
    const ids: string[] = [];
    for await (const review of paginateOffset(runflow, '/api/v1/runtime/v1/observability/reviews', { itemsKey: 'reviews', pageSize: 1 })) ids.push(review.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids).toHaveLength(first.data!.total);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(first.data!.reviews.map((review) => review.id).sort());
  });
});
