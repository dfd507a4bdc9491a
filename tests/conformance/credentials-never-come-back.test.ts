/**
 * "credentials never come back": no served answer carries the credential its
 * request was sent with.
 */
import { describe, expect, it } from 'vitest';
import { findApi } from '../../apis/index.ts';
import { credentialsNeverComeBack } from '../../conformance/checks/credentials-never-come-back.ts';
import { judgeExample } from './behaviour-harness.ts';
import { json, newSession, switchableMockServer } from './harness.ts';

const runtype = findApi('runtype').identities.conformance;

describe('"credentials never come back"', () => {
  const server = switchableMockServer();

  it('passes on the mock', async () => {
    server.fresh('runtype');
    expect(await judgeExample(credentialsNeverComeBack, newSession('runtype', server.url, runtype), 'createConversation')).toEqual([]);
    expect(await judgeExample(credentialsNeverComeBack, newSession('runtype', server.url, runtype), 'listConversations')).toEqual([]);
  });

  it('fails when a conversation stores the whole key that created it as createdBy', async () => {
    server.fresh('runtype');
    // The auth middleware puts the raw key on the request, and the serialiser returns the row whole.
    server.use(async (request) => {
      const response = await server.mock(request);
      if (!new URL(request.url).pathname.startsWith('/conversations') || !response.ok) return response;
      const key = (request.headers.get('authorization') ?? '').replace(/^Bearer /, '');
      const body = (await response.json()) as Record<string, unknown>;
      return json(response.status, { ...body, createdBy: key });
    });
    expect(await judgeExample(credentialsNeverComeBack, newSession('runtype', server.url, runtype), 'createConversation')).toEqual([
      expect.stringMatching(/^received the credential this request was sent with in its Authorization header \(rt_c…, \d+ characters\) in a 201 body \/ documented credentials as the caller's secret: no answer carries them$/),
    ]);
  });
});
