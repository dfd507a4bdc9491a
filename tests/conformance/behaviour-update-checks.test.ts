import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagesAreConsistent } from '../../conformance/checks/pages-are-consistent.ts';
import { writeThenRead } from '../../conformance/checks/write-then-read.ts';
import { partialUpdateKeepsUnsentFields } from '../../conformance/checks/partial-update-keeps-unsent-fields.ts';
import { createMock } from '../../mocks/registry.ts';
import { judgeExample } from './behaviour-harness.ts';
import { json, newSession, startSwitchableServer } from './harness.ts';

type Handle = (request: Request) => Promise<Response>;
const runtype = { a: { Authorization: 'Bearer rt_update_a' } };

describe('a partial update and a page size, judged against servers that get them wrong', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  let mock: Handle;
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server.close());
  const fresh = () => {
    mock = createMock('runtype').handle;
    server.use(mock);
  };

  it('"partial update keeps unsent fields": passes on the mock; fails when a PATCH resets what it did not send', async () => {
    fresh();
    expect(await judgeExample(partialUpdateKeepsUnsentFields, newSession('runtype', server.url, runtype), 'createTool')).toEqual([]);
    // The update replaces the stored tool with what was sent, as a PUT would: the unsent description is lost.
    server.use(async (request) => {
      if (request.method !== 'PATCH') return mock(request);
      const sent = JSON.parse(await request.clone().text()) as Record<string, unknown>;
      const current = (await (await mock(new Request(request.url, { headers: request.headers }))).json()) as Record<string, unknown>;
      const cleared = Object.fromEntries(Object.entries(current).filter(([field]) => field !== 'description'));
      await mock(new Request(request.url, { method: 'PATCH', headers: request.headers, body: JSON.stringify({ ...sent, description: '' }) }));
      return json(200, { ...cleared, ...sent });
    });
    const messages = await judgeExample(partialUpdateKeepsUnsentFields, newSession('runtype', server.url, runtype), 'createTool');
    expect(messages).toHaveLength(1);
    expect(messages![0]).toMatch(/^received description: "" from GET \/tools\/[^ ]+ after PATCH \/tools\/[^ ]+ sent only name \/ documented "[^"]+", unchanged: a partial update leaves the fields it does not send as they were$/);
  });

  it('"write then read": an update writes another value of each choice than the example, so a dropped priority shows', async () => {
    const runflowMock = createMock('runflow').handle;
    const runflow = { a: { 'x-api-key': 'rf_update_a' } };
    server.use(runflowMock);
    expect(await judgeExample(writeThenRead, newSession('runflow', server.url, runflow), 'createReview')).toEqual([]);
    // The update is answered, but priority never reaches the store.
    server.use(async (request) => {
      if (request.method !== 'PATCH') return runflowMock(request);
      const { priority: _dropped, ...rest } = JSON.parse(await request.clone().text()) as Record<string, unknown>;
      return runflowMock(new Request(request.url, { method: 'PATCH', headers: request.headers, body: JSON.stringify(rest) }));
    });
    const messages = await judgeExample(writeThenRead, newSession('runflow', server.url, runflow), 'createReview');
    expect(messages).toContainEqual(expect.stringMatching(/^received priority: "\w+" from GET \S+ \/ documented "\w+", as updateReview wrote it$/));
  });

  it('"pages are consistent": fails when a cursor list ignores the page size it was asked for', async () => {
    fresh();
    expect(await judgeExample(pagesAreConsistent, newSession('runtype', server.url, runtype), 'listTools')).toEqual([]);
    server.use(async (request) => {
      const url = new URL(request.url);
      if (request.method === 'GET') url.searchParams.delete('limit');
      return mock(new Request(url, { method: request.method, headers: request.headers, ...(request.method === 'GET' ? {} : { body: await request.clone().text() }) }));
    });
    const messages = await judgeExample(pagesAreConsistent, newSession('runtype', server.url, runtype), 'listTools');
    expect(messages).toContainEqual(expect.stringMatching(/^received \d+ items in (?:the first page|page \d+) for limit=(\d+) \/ documented at most \1 items a page$/));
  });
});
