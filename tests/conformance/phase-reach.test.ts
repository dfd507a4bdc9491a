import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredChecks } from '../../conformance/registry.ts';
import { runConformance } from '../../conformance/runner.ts';
import type { Phase } from '../../conformance/types.ts';
import { findApi } from '../../apis/index.ts';
import { createMock } from '../../mocks/registry.ts';
import { startSwitchableServer } from './harness.ts';

const identities = { a: { 'x-api-key': 'rf_reach_a' } };

/** Faults that only show on a resource that exists: the phases must reach one. */
describe('the phases reach resources that exist', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server.close());

  async function findings(check: string, phases: Phase[]): Promise<string[]> {
    const checks = (await registeredChecks()).filter((candidate) => candidate.name === check);
    const { session } = await runConformance({ api: 'runflow', baseUrl: server.url, identities, level: 'full', phases, seed: 9, maxExamples: 3, checks });
    return session.findings.filter((finding) => finding.check === check).map((finding) => `${finding.operationId}: ${finding.message}`);
  }

  it('coverage: a create keyed by its path still has its body validated after the example took the path (no 409 mask)', async () => {
    const mock = createMock('runflow');
    // Any rating is taken and stored as "good": the enum is never checked.
    server.use(async (request) => {
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/reviews')) return mock.handle(request);
      const body = JSON.parse(await request.clone().text());
      const headers = new Headers(request.headers);
      return mock.handle(new Request(request.url, { method: 'POST', headers, body: JSON.stringify({ ...body, rating: typeof body.rating === 'string' ? 'good' : body.rating }) }));
    });
    expect(await findings('invalid input rejected', ['coverage'])).toContainEqual(expect.stringMatching(/^createReview: received 201 for body\.rating: .* \/ documented a 4xx rejection$/));
  });

  it('coverage: a body that is one of several shapes is walked in the branch its example takes, on a resource that exists (the example id is unknown here)', async () => {
    const mock = createMock('agentruntime');
    mock.loadFixture('demo');
    // Any command the server does not know is run as a start.
    server.use(async (request) => {
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/command')) return mock.handle(request);
      const body = JSON.parse(await request.clone().text());
      const known = ['start', 'pause', 'resume', 'stop'].includes(body.command);
      return mock.handle(new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(known ? body : { ...body, command: 'start' }) }));
    });
    const checks = (await registeredChecks()).filter((candidate) => candidate.name === 'invalid input rejected');
    const { session } = await runConformance({ api: 'agentruntime', baseUrl: server.url, identities: findApi('agentruntime').identities.conformance, level: 'full', phases: ['coverage'], seed: 9, checks });
    const messages = session.findings.filter((finding) => finding.operationId === 'runWorkflowCommand').map((finding) => finding.message);
    expect(messages).toContainEqual(expect.stringMatching(/^received 2\d\d for body\.command: .* \/ documented a 4xx rejection$/));
  });

  it('stateful: a read that skips the key check for an existing resource is refused only by a request without credentials on it', async () => {
    const mock = createMock('runflow');
    server.use(async (request) => {
      const reading = request.method === 'GET' && /\/reviews\/[^/]+$/.test(new URL(request.url).pathname);
      if (!reading || request.headers.has('x-api-key')) return mock.handle(request);
      const headers = new Headers(request.headers);
      headers.set('x-api-key', identities.a['x-api-key']);
      return mock.handle(new Request(request.url, { headers }));
    });
    expect(await findings('missing or invalid credentials rejected', ['stateful'])).toContainEqual(expect.stringMatching(/^getReview: received 200 link \w+ without credentials, on the resource just created \/ documented 401$/));
  });
});
