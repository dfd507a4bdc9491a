import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredChecks } from '../../conformance/registry.ts';
import { runConformance } from '../../conformance/runner.ts';
import { findApi } from '../../apis/index.ts';
import { createMock } from '../../mocks/registry.ts';
import { json, rewriting, startSwitchableServer } from './harness.ts';

/**
 * "response body valid" is judged by the schema node the body breaks: the
 * intent-runs list envelope is designed (the documentation shows a run's
 * fields, not a list's), a Runflow review's status enum is documented.
 */
describe('a response body finding takes its severity from the schema it breaks', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server.close());

  async function bodyFindings(api: string, identities: Record<string, Record<string, string>>, operationId: string) {
    const checks = (await registeredChecks()).filter((check) => check.name === 'response body valid');
    const { session } = await runConformance({ api, baseUrl: server.url, identities: identities as never, level: 'schema', phases: ['examples'], seed: 11, checks });
    return session.findings.filter((finding) => finding.operationId === operationId);
  }

  it('a bare array where the designed envelope is: a warning', async () => {
    const mock = createMock('intent-runs');
    server.use(rewriting(mock.handle, async (request, response) => {
      const body = await response.json().catch(() => undefined);
      return request.method === 'GET' && new URL(request.url).pathname.endsWith('/runs') && response.status === 200 ? json(200, (body as { data: unknown[] }).data) : json(response.status, body);
    }));
    const findings = await bodyFindings('intent-runs', { a: { 'x-api-key': 'ir_severity' } }, 'listRuns');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((finding) => finding.severity)).toEqual(findings.map(() => 'warning'));
  });

  it('errors sent as application/problem+json, where the error body is designed: warnings only', async () => {
    const mock = createMock('agentruntime');
    server.use(async (request) => {
      const response = await mock.handle(request);
      if (response.status < 400) return response;
      return new Response(await response.text(), { status: response.status, headers: { 'content-type': 'application/problem+json' } });
    });
    const checks = (await registeredChecks()).filter((check) => check.name === 'content type documented');
    const { session } = await runConformance({ api: 'agentruntime', baseUrl: server.url, identities: findApi('agentruntime').identities.conformance, level: 'schema', phases: ['examples'], seed: 11, checks });
    expect(session.findings.length).toBeGreaterThan(0);
    expect(new Set(session.findings.map((finding) => finding.severity))).toEqual(new Set(['warning']));
  });

  it('errors sent as text/plain, where the documentation promises a JSON error body: errors, though the body\'s shape is designed', async () => {
    const mock = createMock('runtype');
    // A gateway in front of the API refuses unknown keys itself, in plain text.
    server.use(async (request) => {
      const response = await mock.handle(request);
      return response.status === 401 ? new Response('Unauthorized', { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8' } }) : response;
    });
    const checks = (await registeredChecks()).filter((check) => check.name === 'content type documented');
    const { session } = await runConformance({ api: 'runtype', baseUrl: server.url, identities: { a: { Authorization: 'Bearer rt_severity' } }, level: 'schema', phases: ['examples'], seed: 11, checks });
    const plainText = session.findings.filter((finding) => finding.message.startsWith('received Content-Type text/plain'));
    expect(plainText.find((finding) => finding.operationId === 'listTools')?.severity).toBe('error');
    // Only where the whole operation is this contract's design (the seed names no such route) is it a warning.
    for (const finding of plainText) {
      expect([finding.operationId, finding.severity]).toEqual([finding.operationId, session.operation(finding.operationId).definition['x-designed'] ? 'warning' : 'error']);
    }
  });

  it('a review status outside the documented enum: an error', async () => {
    const mock = createMock('runflow');
    mock.loadFixture('demo');
    server.use(rewriting(mock.handle, async (request, response) => {
      const body = (await response.json().catch(() => undefined)) as { reviews?: object[] } | undefined;
      const listed = request.method === 'GET' && new URL(request.url).pathname.endsWith('/reviews') && response.status === 200;
      return listed ? json(200, { ...body, reviews: body!.reviews!.map((review) => ({ ...review, status: 'closed' })) }) : json(response.status, body);
    }));
    const findings = await bodyFindings('runflow', { a: { 'x-api-key': 'rf_severity' } }, 'listReviews');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((finding) => [finding.message, finding.severity])).toContainEqual([expect.stringMatching(/^body\.reviews\[0\]\.status: received "closed"/), 'error']);
  });

  /** Answers checkReviewExists with `answer` (whatever the store holds: only the answer's severity is at stake). */
  function existsAnswered(answer: unknown) {
    const mock = createMock('runflow');
    server.use(rewriting(mock.handle, async (request, response) => {
      const body = await response.json().catch(() => undefined);
      const exists = new URL(request.url).pathname.endsWith('/reviews/exists') && response.status === 200;
      return exists ? json(200, answer) : json(response.status, body);
    }));
  }

  it('a oneOf missed only through a branch\'s designed keyword ({exists: false, review: null} where the closed shape is designed): warnings only, naming that branch', async () => {
    existsAnswered({ exists: false, review: null });
    const findings = await bodyFindings('runflow', { a: { 'x-api-key': 'rf_severity' } }, 'checkReviewExists');
    expect(findings.map((finding) => [finding.message, finding.severity])).toEqual([['body.review: received an undocumented property / documented no such property (additionalProperties: false)', 'warning']]);
  });

  it('a oneOf that no branch takes but for documented keywords ({exists: "no"}): errors', async () => {
    existsAnswered({ exists: 'no' });
    const findings = await bodyFindings('runflow', { a: { 'x-api-key': 'rf_severity' } }, 'checkReviewExists');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((finding) => finding.severity)).toContain('error');
  });
});
