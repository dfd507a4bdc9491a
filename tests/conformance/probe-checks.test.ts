import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { boundaryValuesAccepted } from '../../conformance/checks/boundary-values-accepted.ts';
import { createdResourceRetrievable } from '../../conformance/checks/created-resource-retrievable.ts';
import { credentialsRequired } from '../../conformance/checks/credentials-required.ts';
import { deletedResourceGone } from '../../conformance/checks/deleted-resource-gone.ts';
import { invalidInputRejected } from '../../conformance/checks/invalid-input-rejected.ts';
import { missingRequiredHeaderRejected } from '../../conformance/checks/missing-required-header-rejected.ts';
import { pageSizeRespected } from '../../conformance/checks/page-size-respected.ts';
import type { ProbeCheck } from '../../conformance/checks/probe.ts';
import { undocumentedMethodRejected } from '../../conformance/checks/undocumented-method-rejected.ts';
import { validInputAccepted } from '../../conformance/checks/valid-input-accepted.ts';
import type { Session } from '../../conformance/session.ts';
import { findOperation, type Operation } from '../../contract/spec.ts';
import { createMock } from '../../mocks/registry.ts';
import type { StatefulMock } from '../../mocks/stateful/app.ts';
import { json, newSession, rewriting, startSwitchableServer } from './harness.ts';

const identities = { a: { 'x-api-key': 'rf_probe_a' } };

describe('each probe check fails against a server that breaks its rule, with a received/documented message', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  let mock: StatefulMock;
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    mock = createMock('runflow');
    server.use(mock.handle);
  });

  async function probe(check: ProbeCheck, operation: Operation | string): Promise<Session> {
    const session = newSession('runflow', server.url, identities);
    await check.probe(session, typeof operation === 'string' ? findOperation('runflow', operation) : operation);
    return session;
  }
  const findingsOf = (session: Session, check: ProbeCheck) => session.findings.filter((finding) => finding.check === check.name).map((finding) => finding.message);

  it('"valid input accepted" passes on the mock and fails when the server refuses a valid review', async () => {
    expect(findingsOf(await probe(validInputAccepted, 'createReview'), validInputAccepted)).toEqual([]);
    server.use(async () => json(400, { statusCode: 400, message: ['no'], error: 'Bad Request' }));
    expect(findingsOf(await probe(validInputAccepted, 'createReview'), validInputAccepted)[0]).toMatch(/^received 400 .* \/ documented a 2xx for a request built from the contract's examples$/);
  });

  it('"invalid input rejected" passes on the mock and fails when the server accepts anything', async () => {
    expect(findingsOf(await probe(invalidInputRejected, 'createReview'), invalidInputRejected)).toEqual([]);
    server.use(rewriting(mock.handle, (_request, response) => (response.status === 400 || response.status === 422 ? json(201, { accepted: true }) : response)));
    const messages = findingsOf(await probe(invalidInputRejected, 'createReview'), invalidInputRejected);
    expect(messages).toContain('received 201 for required body field agentId left out / documented a 4xx rejection');
    expect(messages).toContain('received 201 for body.rating: a value outside its enum / documented a 4xx rejection');
  });

  it('"missing or invalid credentials rejected" fails when the server lets an anonymous caller in', async () => {
    expect(findingsOf(await probe(credentialsRequired, 'listReviews'), credentialsRequired)).toEqual([]);
    server.use((request) => {
      const headers = new Headers(request.headers);
      if (!headers.get('x-api-key')?.startsWith('rf_')) headers.set('x-api-key', 'rf_anyone');
      return mock.handle(new Request(request, { headers }));
    });
    expect(findingsOf(await probe(credentialsRequired, 'listReviews'), credentialsRequired)).toEqual([
      'received 200 without credentials / documented 401',
      'received 200 with unusable credentials / documented 401',
    ]);
  });

  it('"missing required header rejected" fails when the server ignores a required header', async () => {
    const base = findOperation('runflow', 'listReviews');
    const withHeader: Operation = { ...base, parameters: [...base.parameters, { name: 'X-Request-Source', in: 'header', required: true, schema: { type: 'string' }, example: 'tests' }] };
    server.use(async (request) => (request.headers.get('x-request-source') ? mock.handle(request) : json(400, { statusCode: 400, message: ['X-Request-Source is required'], error: 'Bad Request' })));
    expect(findingsOf(await probe(missingRequiredHeaderRejected, withHeader), missingRequiredHeaderRejected)).toEqual([]);
    server.use(mock.handle);
    expect(findingsOf(await probe(missingRequiredHeaderRejected, withHeader), missingRequiredHeaderRejected)).toEqual(['received 200 without the required X-Request-Source header / documented a 4xx']);
  });

  it('"undocumented method rejected" fails when the server serves a method the path does not document', async () => {
    expect(findingsOf(await probe(undocumentedMethodRejected, 'listReviews'), undocumentedMethodRejected)).toEqual([]);
    server.use((request) => mock.handle(request.method === 'PUT' ? new Request(request.url, { headers: request.headers }) : request));
    expect(findingsOf(await probe(undocumentedMethodRejected, 'listReviews'), undocumentedMethodRejected)).toEqual([
      'received 200 for PUT /api/v1/runtime/v1/observability/reviews / documented only GET (expected 405)',
    ]);
  });

  it('"created resource retrievable" fails when a created review cannot be read back', async () => {
    expect(findingsOf(await probe(createdResourceRetrievable, 'createReview'), createdResourceRetrievable)).toEqual([]);
    server.use(async (request) => (request.method === 'GET' && /\/reviews\/rev-/.test(request.url) ? json(404, { statusCode: 404, message: 'Review not found', error: 'Not Found' }) : mock.handle(request)));
    expect(findingsOf(await probe(createdResourceRetrievable, 'createReview'), createdResourceRetrievable)).toEqual([
      'received 404 following link GetCreatedReview from createReview / documented the created resource as retrievable',
    ]);
  });

  it('"deleted resource gone" fails when a delete answers 204 but the review stays', async () => {
    expect(findingsOf(await probe(deletedResourceGone, 'createReview'), deletedResourceGone)).toEqual([]);
    server.use(async (request) => (request.method === 'DELETE' ? new Response(null, { status: 204 }) : mock.handle(request)));
    expect(findingsOf(await probe(deletedResourceGone, 'createReview'), deletedResourceGone)).toEqual([
      'received 200 reading a deleted resource through link GetCreatedReview / documented 404',
    ]);
  });
  it('"boundary values accepted" fails when the server refuses the documented maximum page size', async () => {
    expect(findingsOf(await probe(boundaryValuesAccepted, 'listReviews'), boundaryValuesAccepted)).toEqual([]);
    // An off-by-one bound: `limit < 10000` where the contract accepts up to 10000 (and serves 100).
    server.use(async (request) =>
      new URL(request.url).searchParams.get('limit') === '10000' ? json(400, { statusCode: 400, message: ['limit must not be greater than 9999'], error: 'Bad Request' }) : mock.handle(request),
    );
    expect(findingsOf(await probe(boundaryValuesAccepted, 'listReviews'), boundaryValuesAccepted)).toEqual([
      'received 400 {"statusCode":400,"message":["limit must not be greater than 9999"],"error":"Bad Request"} for limit at its maximum 10000 / documented as valid (a 2xx, as for the example request)',
    ]);
  });

  it('"boundary values accepted" fails when the server does not know a documented filter value', async () => {
    server.use(async (request) =>
      new URL(request.url).searchParams.get('status') === 'wont_fix' ? json(400, { statusCode: 400, message: ['status must be one of pending_review, in_progress, resolved'], error: 'Bad Request' }) : mock.handle(request),
    );
    const messages = findingsOf(await probe(boundaryValuesAccepted, 'listReviews'), boundaryValuesAccepted);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^received 400 .* for status at the documented value "wont_fix" \/ documented as valid/);
  });

  it('"page size respected" fails when the server ignores the page size it was asked for', async () => {
    const createReview = findOperation('runflow', 'createReview');
    for (const executionId of ['exec-page-1', 'exec-page-2', 'exec-page-3']) {
      const session = newSession('runflow', server.url, identities);
      const valid = session.validRequest(createReview);
      expect((await session.call(createReview, { ...valid, path: { executionId } })).response?.status).toBe(201);
    }
    expect(findingsOf(await probe(pageSizeRespected, 'listReviews'), pageSizeRespected)).toEqual([]);
    server.use((request) => {
      const url = new URL(request.url);
      url.searchParams.delete('limit');
      return mock.handle(new Request(url, { headers: request.headers }));
    });
    expect(findingsOf(await probe(pageSizeRespected, 'listReviews'), pageSizeRespected)).toEqual([
      'received 3 items in body.reviews for limit=1 / documented at most 1 (the page size asked for)',
    ]);
  });
});

