/**
 * "every documented credential form works": where the contract joins two schemes as one
 * credential (x-same-credential-as), identity A's key moved to the other form is served
 * wherever the form it was given in is.
 */
import { describe, expect, it } from 'vitest';
import { everyDocumentedCredentialFormWorks as check } from '../../conformance/checks/every-documented-credential-form-works.ts';
import { Session } from '../../conformance/session.ts';
import type { TestCase } from '../../conformance/types.ts';
import { operationsOf } from '../../contract/spec.ts';
import { loadSpec } from '../../contract/spec.ts';
import { ContractValidator } from '../../contract/validator.ts';
import { contextOf, judgeEveryOperation, judgeExample } from './behaviour-harness.ts';
import { json, newSession, switchableMockServer } from './harness.ts';

const asHeaderKey = { a: { 'x-api-key': 'rf_forms_a' }, b: { 'x-api-key': 'rf_forms_b' } };
const asBearer = { a: { Authorization: 'Bearer rf_forms_a' }, b: { Authorization: 'Bearer rf_forms_b' } };
const events = '/api/v1/runtime/v1/observability/events';
const unauthorized = () => json(401, { statusCode: 401, message: 'Missing API key', error: 'Unauthorized' });

describe('"every documented credential form works"', () => {
  const server = switchableMockServer();

  it('applies only where the contract joins two forms of one credential', () => {
    const session = newSession('runflow', 'http://127.0.0.1:1', asHeaderKey);
    const example = (api: string, operationId: string): TestCase => {
      const other = newSession(api, 'http://127.0.0.1:1', asHeaderKey);
      const operation = other.operation(operationId);
      return { source: 'examples', operation, identity: 'a', parts: other.validRequest(operation), expect: 'valid', description: 'the example request' };
    };
    expect(check.appliesTo(example('runflow', 'listReviews'), session.contract)).toBe(true);
    // A PAT and a session cookie are two credentials: nothing joins them.
    expect(check.appliesTo(example('agentruntime', 'listAgents'), newSession('agentruntime', 'http://127.0.0.1:1', asHeaderKey).contract)).toBe(false);
  });

  it('passes on the mock, whichever form identity A is given in, and asks one request per operation and form', async () => {
    for (const identities of [asHeaderKey, asBearer]) {
      server.fresh('runflow');
      const session = newSession('runflow', server.url, identities);
      const operations = operationsOf('runflow', session.contract.document);
      expect(await judgeEveryOperation(check, session, operations)).toEqual([]);
      // One example request and one probe per operation.
      // The example and one probe per operation; where the example names a review the server never made (its read, update
      // and delete), one create for A's own values, and no probe of the delete, whose resource other probes share.
      expect(session.requestCount).toBe(2 * operations.length);
    }
  });

  it('fails when one group of endpoints takes the key only in x-api-key', async () => {
    server.fresh('runflow');
    server.use(async (request) => (new URL(request.url).pathname.startsWith(events) && !request.headers.get('x-api-key') ? unauthorized() : server.mock(request)));
    const session = newSession('runflow', server.url, asHeaderKey);
    expect(await judgeExample(check, session, 'queryEvents')).toEqual([
      `received 401 from POST ${events}/query with identity A's credential as Authorization: Bearer (BearerApiKey) / documented BearerApiKey as the same credential as ApiKeyHeader: the same request with the x-api-key header was answered 200`,
    ]);
    expect(await judgeExample(check, session, 'listReviews')).toEqual([]);
  });

  it('fails on A\'s own values where the example names an id this server never issued', async () => {
    server.fresh('runflow');
    const reviews = '/api/v1/runtime/v1/observability/reviews/';
    server.use(async (request) => (request.method === 'GET' && new URL(request.url).pathname.startsWith(reviews) && !request.headers.get('x-api-key') ? unauthorized() : server.mock(request)));
    const session = newSession('runflow', server.url, asHeaderKey);
    expect(await judgeExample(check, session, 'getReview')).toEqual([
      expect.stringMatching(/^received 401 from GET \/api\/v1\/runtime\/v1\/observability\/reviews\/\S+ with identity A's credential as Authorization: Bearer \(BearerApiKey\) \/ documented BearerApiKey as the same credential as ApiKeyHeader: the same request with the x-api-key header was answered 200$/),
    ]);
  });

  it('fails when a write forgets the header form, given the Bearer one; the finding is an error and names the probe', async () => {
    server.fresh('runflow');
    server.use(async (request) => (request.method === 'POST' && new URL(request.url).pathname === events && !request.headers.get('authorization') ? unauthorized() : server.mock(request)));
    const session = newSession('runflow', server.url, asBearer);
    const operation = session.operation('ingestEvents');
    const testCase: TestCase = { source: 'examples', operation, identity: 'a', parts: session.validRequest(operation), expect: 'valid', description: 'the example request' };
    const issues = await check.judge(testCase, await session.call(operation, testCase.parts), contextOf(session));
    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^received 401 from POST \S+\/events with identity A's credential as the x-api-key header \(ApiKeyHeader\) \/ documented ApiKeyHeader as the same credential as BearerApiKey: the same request with Authorization: Bearer was answered 20\d$/),
    ]);
    expect(issues[0]!.exchange!.request.headers).toMatchObject({ 'x-api-key': 'rf_forms_a' });
    expect(issues[0]!.exchange!.request.headers).not.toHaveProperty('Authorization');
    expect(issues[0]!.constraint).toMatchObject({ pointer: ['components', 'securitySchemes', 'BearerApiKey'], keyword: 'x-same-credential-as' });
  });

  it('says nothing where the form it was given in is refused as well on the repeat (the first probe changed what the second finds)', async () => {
    server.fresh('runflow');
    let served = 0;
    // A quota of one: the example is served, every later request refused whatever its form.
    server.use(async (request) => (new URL(request.url).pathname.startsWith(events) && ++served > 1 ? json(403, { statusCode: 403, message: 'Quota spent', error: 'Forbidden' }) : server.mock(request)));
    expect(await judgeExample(check, newSession('runflow', server.url, asHeaderKey), 'queryEvents')).toEqual([]);
  });

  it('follows the provenance of the operation: a designed operation makes it a warning', async () => {
    server.fresh('runflow');
    server.use(async (request) => (new URL(request.url).pathname.startsWith(events) && !request.headers.get('x-api-key') ? unauthorized() : server.mock(request)));
    const original = loadSpec('runflow');
    const path = `${events}/query`;
    const item = original.paths![path] as Record<string, Record<string, unknown>>;
    const document = { ...original, paths: { ...original.paths, [path]: { ...item, post: { ...item.post, 'x-designed': 'a test makes this operation designed' } } } };
    const session = new Session({ api: 'runflow', document, validator: new ContractValidator(document) }, server.url, asHeaderKey, 'full', { checks: [check] });
    const operation = session.operation('queryEvents');
    await session.execute({ source: 'examples', operation, identity: 'a', parts: session.validRequest(operation), expect: 'valid', description: 'the example request' });
    expect(session.findings.filter((finding) => finding.check === check.name).map((finding) => finding.severity)).toEqual(['warning']);
  });
});
