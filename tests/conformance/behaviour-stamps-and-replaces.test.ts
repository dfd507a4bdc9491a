import { describe, expect, it } from 'vitest';
import { findApi } from '../../apis/index.ts';
import { replaceDropsWhatItWasNotSent } from '../../conformance/checks/replace-drops-what-it-was-not-sent.ts';
import { stampsMoveOnWrites } from '../../conformance/checks/stamps-move-on-writes.ts';
import { runConformance } from '../../conformance/runner.ts';
import type { Check } from '../../conformance/types.ts';
import { json, switchableMockServer } from './harness.ts';

type Handle = (request: Request) => Promise<Response>;

/** What one check finds in a run of the examples phase: "severity operationId: message". */
async function findings(api: string, url: string, check: Check): Promise<string[]> {
  const { session } = await runConformance({ api, baseUrl: url, identities: findApi(api).identities.conformance, level: 'full', phases: ['examples'], seed: 11, checks: [check] });
  return session.findings.map((finding) => `${finding.severity} ${finding.operationId}: ${finding.message}`);
}

/** Every string field named `field` in a JSON answer set to `value` where `valueFor` has one for the object's key. */
async function restamped(response: Response, field: string, valueFor: (object: Record<string, unknown>) => string | undefined): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('json')) return response;
  const body = (await response.json()) as Record<string, unknown>;
  const value = valueFor(body);
  return json(response.status, value === undefined ? body : { ...body, [field]: value });
}

/** A server whose `method` write on a resource leaves its `updatedAt` where it was before the write, as later reads show it. */
function stampFrozenBy(mock: Handle, method: string, path: RegExp): Handle {
  const frozen = new Map<string, string>();
  return async (request) => {
    const pathname = new URL(request.url).pathname;
    if (request.method === method && path.test(pathname)) {
      const before = await mock(new Request(request.url, { headers: request.headers }));
      const stamp = before.status === 200 ? ((await before.json()) as { updatedAt?: string }).updatedAt : undefined;
      if (stamp) frozen.set(pathname, stamp);
      return mock(request);
    }
    const response = await mock(request);
    return request.method === 'GET' && response.status === 200 ? restamped(response, 'updatedAt', () => frozen.get(pathname)) : response;
  };
}

/** Stamps cut to whole seconds, without a sub-second part: two writes within a second show the same one. */
function secondsOnly(mock: Handle): Handle {
  return async (request) => {
    const response = await mock(request);
    return request.method === 'GET' && response.status === 200 ? restamped(response, 'updatedAt', (body) => (typeof body.updatedAt === 'string' ? `${body.updatedAt.slice(0, 19)}Z` : undefined)) : response;
  };
}

/** A server whose DELETE of a run rebuilds it with a fresh createdAt: later reads show it equal to updatedAt. */
function createdAtRestampedByAbort(mock: Handle): Handle {
  const aborted = new Set<string>();
  return async (request) => {
    const pathname = new URL(request.url).pathname;
    if (request.method === 'DELETE' && /^\/v1\/runs\/[^/]+$/.test(pathname)) aborted.add(pathname);
    const response = await mock(request);
    const read = request.method === 'GET' && response.status === 200 && aborted.has(pathname);
    return read ? restamped(response, 'createdAt', (body) => (typeof body.updatedAt === 'string' ? body.updatedAt : undefined)) : response;
  };
}

/** A PUT that merges each key it is sent into what is stored, never dropping the others. */
function putMerges(mock: Handle): Handle {
  return async (request) => {
    if (request.method !== 'PUT') return mock(request);
    const sent = (await request.clone().json()) as { overrides: Record<string, string> };
    const current = await mock(new Request(request.url, { headers: request.headers }));
    const stored = current.status === 200 ? ((await current.json()) as { overrides: Record<string, string> }).overrides : {};
    return mock(new Request(request.url, { method: 'PUT', headers: request.headers, body: JSON.stringify({ overrides: { ...stored, ...sent.overrides } }) }));
  };
}

describe('"stamps move on writes" and "a replace drops what it was not sent", judged against servers that get them wrong', () => {
  const server = switchableMockServer();

  it('"stamps move on writes": passes on the mock and with stamps in whole seconds (the write comes more than a second after the read); fails when an abort leaves updatedAt behind', async () => {
    server.fresh('intent-runs');
    expect(await findings('intent-runs', server.url, stampsMoveOnWrites)).toEqual([]);
    server.use(secondsOnly(server.mock));
    expect(await findings('intent-runs', server.url, stampsMoveOnWrites)).toEqual([]);
    server.use(stampFrozenBy(server.mock, 'DELETE', /^\/v1\/runs\/[^/]+$/));
    expect(await findings('intent-runs', server.url, stampsMoveOnWrites)).toEqual([
      expect.stringMatching(/^error getRun: received updatedAt: (\S+) from GET \/v1\/runs\/[\w-]+ after DELETE \/v1\/runs\/[\w-]+ \/ documented updatedAt later than \1, read more than a second before that write: the stamp of the last change moves with each change$/),
    ]);
  });

  it('"stamps move on writes": fails when an abort moves the creation stamp', async () => {
    server.fresh('intent-runs');
    server.use(createdAtRestampedByAbort(server.mock));
    expect(await findings('intent-runs', server.url, stampsMoveOnWrites)).toEqual([
      expect.stringMatching(/^\w+ getRun: received createdAt: (\S+) from GET \/v1\/runs\/[\w-]+ after DELETE \/v1\/runs\/[\w-]+ \/ documented createdAt (?!\1)\S+, as read before that write: a resource is made once, and no later write moves when$/),
    ]);
  });

  it('"stamps move on writes": a stamp the contract designed makes the finding a warning', async () => {
    server.fresh('runflow');
    expect(await findings('runflow', server.url, stampsMoveOnWrites)).toEqual([]);
    server.use(stampFrozenBy(server.mock, 'PATCH', /\/reviews\/[^/]+$/));
    const found = await findings('runflow', server.url, stampsMoveOnWrites);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^warning getReview: received updatedAt: \S+ from GET \S+ after PATCH \S+ \/ documented updatedAt later than \S+, read more than a second before that write/);
  });

  it('"a replace drops what it was not sent": passes on the mock; fails when a PUT merges into what is stored', async () => {
    server.fresh('agentruntime');
    expect(await findings('agentruntime', server.url, replaceDropsWhatItWasNotSent)).toEqual([]);
    server.use(putMerges(server.mock));
    expect(await findings('agentruntime', server.url, replaceDropsWhatItWasNotSent)).toEqual([
      expect.stringMatching(/^error getConnectionOverrides: received overrides\.conformance-[\w-]+: "conn-openai-eu" from GET \/v1\/workflows\/[\w-]+\/connection-overrides after PUT \/v1\/workflows\/[\w-]+\/connection-overrides sent \{"overrides":\{"step-draft":"conn-openai-eu"\}\} \/ documented a replace: an entry the last PUT did not send is gone$/),
    ]);
  });
});
