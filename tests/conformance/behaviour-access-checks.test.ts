import { describe, expect, it } from 'vitest';
import { authorizationPerOperation } from '../../conformance/checks/authorization-per-operation.ts';
import { httpSemantics } from '../../conformance/checks/http-semantics.ts';
import { isolation } from '../../conformance/checks/isolation.ts';
import { Session } from '../../conformance/session.ts';
import type { TestCase } from '../../conformance/types.ts';
import { loadSpec } from '../../contract/spec.ts';
import { ContractValidator } from '../../contract/validator.ts';
import { findApi } from '../../apis/index.ts';
import { judgeCase, judgeExample } from './behaviour-harness.ts';
import { intentRunsMock } from '../../mocks/intent-runs/index.ts';
import { brokenMock, json, newSession, switchableMockServer } from './harness.ts';

const intentRunsHandlers = intentRunsMock.handlers as Record<string, (context: any) => any>;

const agentruntime = findApi('agentruntime').identities.conformance;
const runtype = { a: { Authorization: 'Bearer rt_access_a' }, b: { Authorization: 'Bearer rt_access_b' } };

function withHeaders(request: Request, change: (headers: Headers) => void): Request {
  const headers = new Headers(request.headers);
  change(headers);
  return new Request(request, { headers });
}

describe('the access checks fail against a server with exactly their fault, with a received/documented message', () => {
  const server = switchableMockServer();

  it('"authorization per operation": passes on the mock; fails when one operation skips its role check', async () => {
    server.fresh('agentruntime');
    expect(await judgeExample(authorizationPerOperation, newSession('agentruntime', server.url, agentruntime), 'createAgent')).toEqual([]);
    expect(await judgeExample(authorizationPerOperation, newSession('agentruntime', server.url, agentruntime), 'listAgents')).toEqual([]);
    // createAgent runs with whatever role calls it: the viewer is let through.
    server.use(async (request) =>
      server.mock(request.method === 'POST' && new URL(request.url).pathname === '/v1/agents' ? withHeaders(request, (headers) => headers.set('authorization', 'Bearer pat_admin_acme_skipped')) : request),
    );
    expect(await judgeExample(authorizationPerOperation, newSession('agentruntime', server.url, agentruntime), 'createAgent')).toEqual([
      'received 201 from POST /v1/agents as the viewer role / documented 403: x-min-role is contributor',
    ]);
  });

  it('"authorization per operation": fails when a contributor (--auth-role) is let through a tenant_admin operation', async () => {
    server.fresh('agentruntime');
    expect(agentruntime.roles?.contributor).toBeDefined();
    expect(await judgeExample(authorizationPerOperation, newSession('agentruntime', server.url, agentruntime), 'validateDiscount')).toEqual([]);
    // The route sits in the contributor+ router group: a contributor's PAT is served as an admin's.
    server.use(async (request) =>
      server.mock(new URL(request.url).pathname === '/v1/billing/discounts/validate' ? withHeaders(request, (headers) => headers.set('authorization', (headers.get('authorization') ?? '').replace('pat_contributor_', 'pat_admin_'))) : request),
    );
    expect(await judgeExample(authorizationPerOperation, newSession('agentruntime', server.url, agentruntime), 'validateDiscount')).toEqual([
      'received 200 from POST /v1/billing/discounts/validate as the contributor role / documented 403: x-min-role is tenant_admin',
    ]);
  });

  it('"authorization per operation": fails when a viewer is refused what its role allows', async () => {
    server.fresh('agentruntime');
    server.use(async (request) => (request.headers.get('authorization')?.includes('pat_viewer_') && new URL(request.url).pathname === '/v1/agents' ? json(403, { code: 'forbidden', message: 'no' }) : server.mock(request)));
    expect(await judgeExample(authorizationPerOperation, newSession('agentruntime', server.url, agentruntime), 'listAgents')).toEqual([
      'received 403 from GET /v1/agents as the viewer role / documented access: x-min-role is viewer',
    ]);
  });

  it('"authorization per operation": a requirement of two schemes refuses a request that carries only one', async () => {
    server.fresh('runflow');
    const original = loadSpec('runflow');
    const document = { ...original, security: [{ ApiKeyHeader: [], BearerApiKey: [] }] };
    const session = new Session({ api: 'runflow', document, validator: new ContractValidator(document) }, server.url, { a: { 'x-api-key': 'rf_both', Authorization: 'Bearer rf_both' } }, 'full');
    const both = async (request: Request) => (request.headers.get('x-api-key') && request.headers.get('authorization') ? server.mock(request) : json(401, { statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' }));
    server.use(both);
    expect(await judgeExample(authorizationPerOperation, session, 'listReviews')).toEqual([]);
    server.use(server.mock);
    expect(await judgeExample(authorizationPerOperation, session, 'listReviews')).toEqual([
      'received 200 from GET /api/v1/runtime/v1/observability/reviews without ApiKeyHeader (x-api-key) / documented a refusal: the requirement combines ApiKeyHeader and BearerApiKey',
      'received 200 from GET /api/v1/runtime/v1/observability/reviews without BearerApiKey (Authorization) / documented a refusal: the requirement combines ApiKeyHeader and BearerApiKey',
    ]);
  });

  it('"isolation": passes on the mock; fails when one read serves any account', async () => {
    server.fresh('runtype');
    expect(await judgeExample(isolation, newSession('runtype', server.url, runtype), 'createTool')).toEqual([]);
    server.use(async (request) => server.mock(request.method === 'GET' && /^\/tools\/[^/]+$/.test(new URL(request.url).pathname) ? withHeaders(request, (headers) => headers.set('authorization', runtype.a.Authorization)) : request));
    const messages = await judgeExample(isolation, newSession('runtype', server.url, runtype), 'createTool');
    expect(messages).toHaveLength(1);
    expect(messages![0]).toMatch(/^received 200 from GET \/tools\/[^ ]+ as identity B \/ documented the resource another identity wrote as invisible \(404\)$/);
  });

  it('"isolation": fails when a key the client chose resolves to another account\'s resource', async () => {
    const intentRuns = findApi('intent-runs').identities.conformance;
    server.fresh('intent-runs');
    expect(await judgeExample(isolation, newSession('intent-runs', server.url, intentRuns), 'createRun')).toEqual([]);
    // The repeat key is looked up across every account: B's run repeats A's.
    const broken = brokenMock('intent-runs', {
      createRun(context: any) {
        const answer = intentRunsHandlers.createRun!(context);
        const repeated = [...context.store.runs.values()].find((run: any) => context.body.repeatKey && run.repeatKey === context.body.repeatKey && run.runId !== answer.body.runId);
        if (repeated) Object.assign(context.store.runs.get(answer.body.runId), { repeatRunId: repeated.runId }), (answer.body.repeatRunId = repeated.runId);
        return answer;
      },
    });
    server.use(broken.handle);
    const messages = await judgeExample(isolation, newSession('intent-runs', server.url, intentRuns), 'createRun');
    expect(messages).toContainEqual(
      expect.stringMatching(/^received runId "[0-9a-f-]{36}" of identity A's resource in POST \/v1\/runs as identity B, after B sent the body A created it with \/ documented what one identity creates as unrelated to another's, whatever keys the two choose alike$/),
    );
  });

  it('"isolation": fails when data leaks across the X-Project-Id context header', async () => {
    server.fresh('agentruntime');
    expect(await judgeExample(isolation, newSession('agentruntime', server.url, { a: agentruntime.a }), 'createAgent')).toEqual([]);
    // One project for everything: the header is read but never partitions.
    server.use(async (request) => server.mock(withHeaders(request, (headers) => headers.has('x-project-id') && headers.set('x-project-id', 'proj-main'))));
    const messages = await judgeExample(isolation, newSession('agentruntime', server.url, { a: agentruntime.a }), 'createAgent');
    expect(messages).toHaveLength(2);
    expect(messages![0]).toMatch(/^received 200 from GET \/v1\/agents\/[^ ]+ as identity A with x-project-id: proj-main-other-\S+ \/ documented the resource identity A in another context wrote as invisible \(a 4xx\)$/);
    expect(messages![1]).toMatch(/^received id "[^"]+" in listAgents as identity A with x-project-id: proj-main-other-\S+ \/ documented only the caller's own items$/);
  });

  it('"isolation": fails when a filter replaces the caller\'s predicate instead of narrowing it', async () => {
    server.fresh('runflow');
    const runflow = { a: { 'x-api-key': 'rf_filtered_a' }, b: { 'x-api-key': 'rf_filtered_b' } };
    const session = newSession('runflow', server.url, runflow);
    const created = await session.call(session.operation('createReview'), session.validRequest(session.operation('createReview')));
    expect(created.response!.status).toBe(201);
    expect(await judgeExample(isolation, session, 'listReviews')).toEqual([]);
    // `where: { status }` in place of `where: { tenantId, status }`: a status filter answers for every tenant.
    server.use(async (request) => {
      const url = new URL(request.url);
      const filtered = request.method === 'GET' && url.pathname.endsWith('/observability/reviews') && url.searchParams.has('status');
      if (!filtered) return server.mock(request);
      const everyTenant: unknown[] = [];
      for (const key of [runflow.a['x-api-key'], runflow.b['x-api-key']]) everyTenant.push(...((await (await server.mock(withHeaders(request, (headers) => headers.set('x-api-key', key)))).json()) as { reviews: unknown[] }).reviews);
      return json(200, { reviews: everyTenant, total: everyTenant.length });
    });
    const messages = await judgeExample(isolation, newSession('runflow', server.url, runflow), 'listReviews');
    expect(messages).toEqual([expect.stringMatching(/^received id "[^"]+" of identity A's in listReviews with status=\w+ as identity B, which its unfiltered list does not hold \/ documented only the caller's own items, under every filter$/)]);
  });

  it('"isolation": fails when a next-page cursor is read for the account it was issued to, not the caller', async () => {
    server.fresh('runtype');
    expect(await judgeExample(isolation, newSession('runtype', server.url, runtype), 'listClientTokens')).toEqual([]);
    const issuedTo = new Map<string, string>();
    server.use(async (request) => {
      const url = new URL(request.url);
      if (request.method !== 'GET' || url.pathname !== '/client-tokens') return server.mock(request);
      const caller = request.headers.get('authorization')!;
      const issuer = issuedTo.get(url.searchParams.get('cursor') ?? '') ?? caller;
      const response = await server.mock(withHeaders(request, (headers) => headers.set('authorization', issuer)));
      const next = ((await response.clone().json()) as { pagination?: { nextCursor?: string } }).pagination?.nextCursor;
      if (next) issuedTo.set(next, issuer);
      return response;
    });
    const messages = await judgeExample(isolation, newSession('runtype', server.url, runtype), 'listClientTokens');
    expect(messages).toEqual([expect.stringMatching(/^received id "[^"]+" of identity A's in listClientTokens as identity B, sent with A's cursor \/ documented only the caller's own items: a cursor does not carry A's access$/)]);
  });

  it('"HTTP semantics": a 405 without Allow fails; a body in an undocumented media type read as JSON fails', async () => {
    server.fresh('runflow');
    const session = newSession('runflow', server.url, { a: { 'x-api-key': 'rf_semantics' } });
    const operation = session.operation('listReviews');
    const methodCase: TestCase = { source: 'methods', operation, identity: 'a', parts: session.validRequest(operation), method: 'PUT', expect: 'any', description: 'PUT on a GET-only path' };
    const put = await session.call(operation, methodCase.parts, 'a', 'PUT');
    expect(put.response!.status).toBe(405);
    expect(await judgeCase(httpSemantics, session, methodCase, put)).toEqual([]);
    const withoutAllow = { ...put, response: { ...put.response!, headers: new Headers({ 'content-type': 'application/json' }) } };
    expect(await judgeCase(httpSemantics, session, methodCase, withoutAllow)).toEqual([
      'received 405 for PUT /api/v1/runtime/v1/observability/reviews without an Allow header / documented Allow: GET (RFC 9110: a 405 lists the allowed methods)',
    ]);

    // The contracts document 415 on every operation with a body: refusing a foreign media type is a promise there.
    expect(await judgeExample(httpSemantics, session, 'upsertDashboardTab')).toEqual([]);
    server.use(async (request) => server.mock(withHeaders(request, (headers) => headers.set('content-type', 'application/json'))));
    expect(await judgeExample(httpSemantics, session, 'upsertDashboardTab')).toEqual([
      'received 200 from POST /api/v1/runtime/observability/dashboard-tabs with Content-Type text/plain / documented 415: the operation takes only application/json',
    ]);
  });
});
