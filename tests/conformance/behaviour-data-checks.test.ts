import { describe, expect, it } from 'vitest';
import { goneMeansGone } from '../../conformance/checks/gone-means-gone.ts';
import { listsHonourTheirFilters } from '../../conformance/checks/lists-honour-their-filters.ts';
import { noMassAssignment } from '../../conformance/checks/no-mass-assignment.ts';
import { undocumentedData } from '../../conformance/checks/no-undocumented-data.ts';
import { pagesAreConsistent } from '../../conformance/checks/pages-are-consistent.ts';
import { writeThenRead } from '../../conformance/checks/write-then-read.ts';
import { judgeExample } from './behaviour-harness.ts';
import { json, newSession, switchableMockServer } from './harness.ts';

const runtype = { a: { Authorization: 'Bearer rt_behaviour_a' }, b: { Authorization: 'Bearer rt_behaviour_b' } };
const runflow = { a: { 'x-api-key': 'rf_behaviour_a' }, b: { 'x-api-key': 'rf_behaviour_b' } };

/** Rebuilds a request with another URL, headers or body (a broken server's front door). */
async function rebuilt(request: Request, changes: { url?: URL; body?: unknown }): Promise<Request> {
  const init: RequestInit = { method: request.method, headers: request.headers };
  const text = changes.body !== undefined ? JSON.stringify(changes.body) : await request.clone().text();
  if (text) init.body = text;
  return new Request(changes.url ?? request.url, init);
}

async function bodyOf(request: Request): Promise<Record<string, unknown> | undefined> {
  const text = await request.clone().text();
  return text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
}

async function patched(response: Response, change: (body: any) => unknown): Promise<Response> {
  const body = await response.json();
  return json(response.status, (await change(body)) ?? body);
}

describe('each behaviour check fails against a server with exactly its fault, with a received/documented message', () => {
  const server = switchableMockServer();

  it('"write then read": passes on the mock; fails when an update is answered but not stored', async () => {
    server.fresh('runtype');
    expect(await judgeExample(writeThenRead, newSession('runtype', server.url, runtype), 'createTool')).toEqual([]);
    // The update is answered as if stored (the current resource with the changes merged), but never stored.
    server.use(async (request) => {
      if (request.method !== 'PATCH') return server.mock(request);
      const current = await server.mock(new Request(request.url, { headers: request.headers }));
      return patched(current, async (body) => ({ ...body, ...(await bodyOf(request)) }));
    });
    const messages = await judgeExample(writeThenRead, newSession('runtype', server.url, runtype), 'createTool');
    expect(messages!.length).toBeGreaterThan(0);
    expect(messages![0]).toMatch(/^received name: "lookup_order\w*" from GET \/tools\/[^ ]+ \/ documented "lookup_order_conf\w+", as updateTool wrote it$/);
  });

  it('"write then read": fails when a store cuts long text to its column\'s width, though the create answer echoes it whole', async () => {
    server.fresh('runtype');
    server.use(async (request) => {
      const body = request.method === 'POST' ? await bodyOf(request) : undefined;
      if (typeof body?.description !== 'string' || body.description.length <= 255) return server.mock(request);
      const response = await server.mock(await rebuilt(request, { body: { ...body, description: body.description.slice(0, 255) } }));
      return patched(response, (answer) => ({ ...answer, description: body.description }));
    });
    const messages = await judgeExample(writeThenRead, newSession('runtype', server.url, runtype), 'createTool');
    expect(messages).toContainEqual(expect.stringMatching(/^received description: "[^"]+"\.\.\. \(255 characters\) from GET \/tools\/\S+ \/ documented "[^"]+"\.\.\. \(\d{4} characters\), as createTool wrote it$/));
  });

  it('"lists honour their filters": passes on the mock; fails when a filter is silently ignored', async () => {
    server.fresh('runflow');
    expect(await judgeExample(listsHonourTheirFilters, newSession('runflow', server.url, runflow), 'listReviews')).toEqual([]);
    server.use(async (request) => {
      const url = new URL(request.url);
      url.searchParams.delete('priority');
      return server.mock(await rebuilt(request, { url }));
    });
    const messages = await judgeExample(listsHonourTheirFilters, newSession('runflow', server.url, runflow), 'listReviews');
    expect(messages).toHaveLength(1);
    expect(messages![0]).toMatch(/^received an item whose priority is "\w+" for priority="\w+" \/ documented only items whose priority is "\w+"$/);
  });

  it('"lists honour their filters": fails when a date bound is off by one day', async () => {
    server.fresh('runflow');
    server.use(async (request) => {
      const url = new URL(request.url);
      const from = url.searchParams.get('dateFrom');
      if (from) url.searchParams.set('dateFrom', new Date(Date.parse(from) - 86_400_000).toISOString());
      return server.mock(await rebuilt(request, { url }));
    });
    const session = newSession('runflow', server.url, runflow);
    // Reviews a day apart, so that the bound has items on both sides of it.
    await judgeExample(listsHonourTheirFilters, session, 'listReviews');
    const messages = await judgeExample(listsHonourTheirFilters, session, 'listReviews');
    expect(messages!.some((message) => /^received an item whose createdAt is ".*" for dateFrom=".*" \/ documented only items whose createdAt is at or after ".*"$/.test(message))).toBe(true);
  });

  it('"pages are consistent": passes on the mock; fails when the offset is ignored', async () => {
    server.fresh('runflow');
    expect(await judgeExample(pagesAreConsistent, newSession('runflow', server.url, runflow), 'listReviews')).toEqual([]);
    server.use(async (request) => {
      const url = new URL(request.url);
      url.searchParams.delete('offset');
      return server.mock(await rebuilt(request, { url }));
    });
    const messages = await judgeExample(pagesAreConsistent, newSession('runflow', server.url, runflow), 'listReviews');
    expect(messages![0]).toMatch(/^received "[^"]+" \d+ times walking offset pages of \d+ \/ documented every item exactly once$/);
  });

  it('"pages are consistent": fails when the default page size is not the documented one', async () => {
    server.fresh('runtype');
    expect(await judgeExample(pagesAreConsistent, newSession('runtype', server.url, runtype), 'listTools')).toEqual([]);
    server.use(async (request) => {
      const url = new URL(request.url);
      if (request.method === 'GET' && !url.searchParams.has('limit')) url.searchParams.set('limit', '20');
      return server.mock(await rebuilt(request, { url }));
    });
    const messages = await judgeExample(pagesAreConsistent, newSession('runtype', server.url, runtype), 'listTools');
    expect(messages).toEqual(['received 20 items without limit / documented the default limit 50 (50 items here)']);
  });

  it('"gone means gone": passes on the mock; fails when a deleted item is still listed', async () => {
    server.fresh('runtype');
    expect(await judgeExample(goneMeansGone, newSession('runtype', server.url, runtype), 'createTool')).toEqual([]);
    const cached = new Map<string, unknown>();
    const deleted = new Set<string>();
    server.use(async (request) => {
      const url = new URL(request.url);
      const id = /^\/tools\/([^/]+)$/.exec(url.pathname)?.[1];
      if (request.method === 'DELETE' && id) deleted.add(id);
      const response = await server.mock(request);
      if (request.method !== 'GET' || url.pathname !== '/tools' || response.status !== 200) return response;
      // A list served from a cache that the delete did not invalidate.
      return patched(response, (body) => {
        for (const item of body.data) cached.set(item.id, item);
        for (const id of deleted) if (!body.data.some((item: { id: string }) => item.id === id) && cached.has(id)) body.data.push(cached.get(id));
      });
    });
    const messages = await judgeExample(goneMeansGone, newSession('runtype', server.url, runtype), 'createTool');
    expect(messages).toHaveLength(1);
    expect(messages![0]).toMatch(/^received id "[^"]+" in listTools after DELETE \/tools\/[^ ]+ \/ documented a deleted resource as unlisted$/);
  });

  it('"gone means gone": fails when a read before the delete leaves a cached copy behind', async () => {
    server.fresh('runtype');
    const cache = new Map<string, string>();
    server.use(async (request) => {
      const url = new URL(request.url);
      if (request.method === 'GET' && cache.has(url.pathname)) return json(200, JSON.parse(cache.get(url.pathname)!));
      const response = await server.mock(request);
      if (request.method === 'GET' && /^\/tools\/[^/]+$/.test(url.pathname) && response.status === 200) cache.set(url.pathname, await response.clone().text());
      return response;
    });
    const messages = await judgeExample(goneMeansGone, newSession('runtype', server.url, runtype), 'createTool');
    expect(messages![0]).toMatch(/^received 200 from GET \/tools\/[^ ]+, read once after the delete \/ documented 404: a deleted resource stays gone$/);
  });

  it('"no mass assignment": fails when a PATCH writes a field its allow-list leaves out, however far down the list of candidates', async () => {
    server.fresh('runflow');
    expect(await judgeExample(noMassAssignment, newSession('runflow', server.url, runflow), 'createReview')).toEqual([]);
    // The update maps the body with the create's field list: rating, not among PATCH's allowed fields, is written.
    const ratings = new Map<string, unknown>();
    server.use(async (request) => {
      const url = new URL(request.url);
      const id = /\/reviews\/([^/]+)$/.exec(url.pathname)?.[1];
      if (request.method === 'PATCH' && id) {
        const { rating, ...allowed } = (await bodyOf(request))!;
        if (rating !== undefined) ratings.set(id, rating);
        return server.mock(await rebuilt(request, { body: Object.keys(allowed).length > 0 ? allowed : { priority: 'medium' } }));
      }
      const response = await server.mock(request);
      return request.method === 'GET' && id && ratings.has(id) && response.status === 200 ? patched(response, (body) => void (body.rating = ratings.get(id))) : response;
    });
    const messages = await judgeExample(noMassAssignment, newSession('runflow', server.url, runflow), 'createReview');
    expect(messages).toContainEqual(expect.stringMatching(/^received rating: "\w+" from GET \S+\/reviews\/\S+ after updateReview sent it \/ documented rating as not writable/));
  });

  it('"no mass assignment": passes on the mock; fails when a read-only stamp sent in a create is stored', async () => {
    server.fresh('runtype');
    expect(await judgeExample(noMassAssignment, newSession('runtype', server.url, runtype), 'createTool')).toEqual([]);
    const forged = new Map<string, unknown>();
    server.use(async (request) => {
      const url = new URL(request.url);
      if (request.method === 'POST' && url.pathname === '/tools') {
        const { createdAt, ...kept } = (await bodyOf(request))!;
        const response = await server.mock(await rebuilt(request, { body: kept }));
        if (createdAt === undefined || response.status !== 201) return response;
        return patched(response, (body) => {
          forged.set(body.id, createdAt);
          body.createdAt = createdAt;
        });
      }
      const response = await server.mock(request);
      const id = /^\/tools\/([^/]+)$/.exec(url.pathname)?.[1];
      return request.method === 'GET' && id && forged.has(id) && response.status === 200 ? patched(response, (body) => void (body.createdAt = forged.get(id))) : response;
    });
    const messages = await judgeExample(noMassAssignment, newSession('runtype', server.url, runtype), 'createTool');
    expect(messages).toEqual([
      expect.stringMatching(/^received createdAt: "2001-02-03T04:05:06.000Z" from POST \/tools after createTool sent it \/ documented createdAt as not writable \(readOnly or absent from the request schema\): refused or ignored, never stored \(OWASP API6\)$/),
    ]);
  });

  it('"no undocumented data": warns on an undocumented field, errs on a secret the contract says is never returned', async () => {
    server.fresh('runtype');
    const session = newSession('runtype', server.url, runtype);
    const created = await session.call('createSecret', { body: { name: 'STRIPE_KEY', value: 'sk_live_123' } });
    const id = (created.response!.json as { id: string }).id;
    const clean = await session.call('getSecret', { path: { id } });
    expect(undocumentedData(clean, session.contract)).toEqual([]);
    server.use(async (request) => patched(await server.mock(request), (body) => (request.method === 'GET' ? { ...body, value: 'sk_live_123', internalScore: 7 } : body)));
    const leaky = await session.call('getSecret', { path: { id } });
    expect(undocumentedData(leaky, session.contract)).toEqual([
      { message: "received body.value, an undocumented field that looks like a secret / documented this resource's secrets (value) as never returned (OWASP API3)", severity: 'error' },
      { message: 'received body.internalScore, a field its schema does not document / documented only the fields the schema names (excessive data exposure, OWASP API3)', severity: 'warning' },
    ]);
  });

  it('"no undocumented data": a credential-named field is an error on any resource; a paging token or a key id is not a secret', async () => {
    server.fresh('runflow');
    const session = newSession('runflow', server.url, runflow);
    server.use(async (request) => patched(await server.mock(request), (body) => ({ ...body, apiKey: 'rf_live_123', nextPageToken: 'p2', apiKeyId: 'key_1' })));
    const leaky = await session.call('listReviews', {});
    expect(undocumentedData(leaky, session.contract).map((issue) => [issue.message.split(',')[0], issue.severity])).toEqual([
      ['received body.apiKey', 'error'],
      ['received body.nextPageToken', 'warning'],
      ['received body.apiKeyId', 'warning'],
    ]);
  });
});
