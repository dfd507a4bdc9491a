import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredChecks } from '../../conformance/registry.ts';
import { runConformance } from '../../conformance/runner.ts';
import { createMock } from '../../mocks/registry.ts';
import { json, startSwitchableServer } from './harness.ts';

const identities = { a: { 'x-api-key': 'rf_phases_a' } };

describe('the phases find what a broken server gets wrong', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server.close());

  async function run(phases: ('coverage' | 'fuzz')[]) {
    const checks = (await registeredChecks()).filter((check) => ['valid input accepted', 'invalid input rejected', 'not a server error'].includes(check.name));
    return runConformance({ api: 'runflow', baseUrl: server.url, identities, level: 'schema', phases, seed: 5, maxExamples: 30, checks });
  }

  it('coverage: an off-by-one maximum and a bound the server does not enforce', async () => {
    const mock = createMock('runflow');
    server.use(async (request) => {
      const url = new URL(request.url);
      if (url.searchParams.get('limit') === '10000') return json(400, { statusCode: 400, message: ['limit must not be greater than 9999'], error: 'Bad Request' });
      // Accepts any comment length on create: the documented minLength 10 is not enforced.
      if (request.method === 'POST' && url.pathname.endsWith('/reviews')) {
        const body = JSON.parse(await request.clone().text());
        if (typeof body.comment === 'string' && body.comment.length < 10) return json(201, { ...body, id: 'rev-x' });
      }
      return mock.handle(request);
    });
    const messages = (await run(['coverage'])).session.findings.map((finding) => `${finding.check}: ${finding.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^valid input accepted: received 400 .* for limit at its maximum 10000 \/ documented as valid/));
    expect(messages).toContainEqual('invalid input rejected: received 201 for body.comment: a string shorter than minLength 10 / documented a 4xx rejection');
  });

  it('fuzz: a server that fails on text outside ASCII is reported once, shrunk to a minimal request, with a curl command', async () => {
    const mock = createMock('runflow');
    server.use(async (request) => {
      if (request.method === 'POST' && /[^\x00-\x7f]/.test(await request.clone().text())) return json(500, { statusCode: 500, message: 'encoding', error: 'Internal Server Error' });
      return mock.handle(request);
    });
    const { session } = await run(['fuzz']);
    const createReview = session.findings.filter((finding) => finding.operationId === 'createReview' && finding.check === 'not a server error');
    expect(createReview).toHaveLength(1);
    expect(createReview[0]!.source).toBe('fuzz');
    expect(createReview[0]!.curl).toMatch(/^curl -sS -i -X POST '.*\/reviews' .*--data-raw '/);
    // Shrunk: optional fields gone, strings at their minimum length, the ASCII around the failing characters reduced to spaces.
    const body = JSON.parse(createReview[0]!.request.slice(createReview[0]!.request.indexOf('{')));
    expect(Object.keys(body).sort()).toEqual(['agentId', 'comment', 'rating']);
    expect(body.agentId).toBe(' ');
    expect([...body.comment]).toHaveLength(10);
    expect(body.comment).toMatch(/^[ \u0080-\u{10ffff}]+$/u);
    expect(body.comment).toMatch(/[^\x00-\x7f]/);
  });
});
