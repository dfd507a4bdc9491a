import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findApi } from '../../apis/index.ts';
import { registeredChecks } from '../../conformance/registry.ts';
import { runConformance } from '../../conformance/runner.ts';
import { createMock } from '../../mocks/registry.ts';
import { startSwitchableServer } from './harness.ts';

const check = 'missing or invalid credentials rejected';
const identities = findApi('intent-runs').identities.conformance;

/**
 * A route left outside the key guard that still looks its token up first: a
 * token the server never issued is refused (401), one it issued is served to
 * anyone. Only a probe carrying a token of A's own run can tell.
 */
function approvalWithoutKey(inner: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  const keyOfToken = new Map<string, string>();
  return async (request) => {
    const url = new URL(request.url);
    const response = await inner(request);
    if (request.method === 'POST' && url.pathname === '/v1/runs' && response.status === 201) {
      const text = await response.clone().text();
      for (const token of text.match(/apr_[A-Za-z0-9]+/g) ?? []) keyOfToken.set(token, request.headers.get('x-api-key') ?? '');
    }
    const owner = keyOfToken.get(url.searchParams.get('token') ?? '');
    if (url.pathname !== '/v1/runs/approval' || request.headers.has('x-api-key') || !owner) return response;
    const headers = new Headers(request.headers);
    headers.set('x-api-key', owner);
    return inner(new Request(request, { headers }));
  };
}

describe('"missing or invalid credentials rejected" probes with values of identity A\'s own data', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server.close());

  async function findings(): Promise<string[]> {
    const checks = (await registeredChecks()).filter((candidate) => candidate.name === check);
    const { session } = await runConformance({ api: 'intent-runs', baseUrl: server.url, identities, level: 'full', phases: ['examples'], seed: 7, checks });
    return session.findings.filter((finding) => finding.check === check).map((finding) => `${finding.operationId}: ${finding.message}`);
  }

  it('passes on the mock, and fails when a route skips the key guard for tokens it issued', async () => {
    server.use(createMock('intent-runs').handle);
    expect(await findings()).toEqual([]);
    server.use(approvalWithoutKey(createMock('intent-runs').handle));
    expect(await findings()).toEqual([
      expect.stringMatching(/^approveRun: received 20\d from GET \/v1\/runs\/approval\?token=apr_\w+ without credentials, on values of identity A's own data \/ documented 401$/),
    ]);
  });
});
