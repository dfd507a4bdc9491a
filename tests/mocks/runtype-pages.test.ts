/**
 * Runtype's cursor pages in both orders: newest first (every list) and oldest
 * first (a conversation's messages). Walking either with a small page size
 * yields every item once, in order.
 */
import { describe, expect, it } from 'vitest';
import { createMock } from '../../mocks/registry.ts';

const headers = { authorization: 'Bearer rt_pages', 'content-type': 'application/json' };

describe('the Runtype mock, walked page by page', () => {
  const mock = createMock('runtype', { deterministic: true });
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await mock.handle(new Request(`http://mock.local${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) }));
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const walk = async (path: string) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await call('GET', `${path}?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      seen.push(...page.body.data.map((item: { id: string }) => item.id));
      cursor = page.body.pagination.nextCursor;
    } while (cursor);
    return seen;
  };

  it('lists a conversation\'s messages oldest first across pages', async () => {
    const conversation = (await call('POST', '/v1/conversations', { title: 'Paging' })).body;
    const sent: string[] = [];
    for (const content of ['one', 'two', 'three', 'four', 'five']) sent.push((await call('POST', `/v1/conversations/${conversation.id}/messages`, { role: 'user', content })).body.id);
    expect(await walk(`/v1/conversations/${conversation.id}/messages`)).toEqual(sent);
  });

  it('lists records newest first across pages', async () => {
    const made: string[] = [];
    for (const name of ['a', 'b', 'c', 'd', 'e']) made.push((await call('POST', '/v1/records', { type: 'note', name })).body.id);
    expect(await walk('/v1/records')).toEqual(made.reverse());
  });

  it('answers a cursor it never issued with a 400 naming the cursor', async () => {
    const response = await call('GET', '/v1/records?cursor=cur_bm90LWEtbnVtYmVy');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'Validation error', details: [{ code: 'INVALID_FORMAT', path: 'cursor' }] });
  });
});
