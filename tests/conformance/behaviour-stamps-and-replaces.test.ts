import { describe, expect, it } from 'vitest';
import { findApi } from '../../apis/index.ts';
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

describe('"stamps move on writes", judged against servers that get them wrong', () => {
  const server = switchableMockServer();

  it('"stamps move on writes": passes on the mock and with stamps in whole seconds; fails when an abort leaves updatedAt behind', async () => {
    server.fresh('intent-runs');
    expect(await findings('intent-runs', server.url, stampsMoveOnWrites)).toEqual([]);
    server.use(secondsOnly(server.mock));
    expect(await findings('intent-runs', server.url, stampsMoveOnWrites)).toEqual([]);
    server.use(stampFrozenBy(server.mock, 'DELETE', /^\/v1\/runs\/[^/]+$/));
    expect(await findings('intent-runs', server.url, stampsMoveOnWrites)).toEqual([
      expect.stringMatching(/^error getRun: received updatedAt: (\S+) from GET \/v1\/runs\/[\w-]+ after DELETE \/v1\/runs\/[\w-]+ \/ documented updatedAt later than \1, read before that write: the stamp of the last change moves with each change$/),
    ]);
  });

  it('"stamps move on writes": a stamp the contract designed makes the finding a warning', async () => {
    server.fresh('runflow');
    expect(await findings('runflow', server.url, stampsMoveOnWrites)).toEqual([]);
    server.use(stampFrozenBy(server.mock, 'PATCH', /\/reviews\/[^/]+$/));
    const found = await findings('runflow', server.url, stampsMoveOnWrites);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^warning getReview: received updatedAt: \S+ from GET \S+ after PATCH \S+ \/ documented updatedAt later than \S+, read before that write/);
  });
});
