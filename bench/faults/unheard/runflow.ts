/**
 * Unheard faults for Runflow (documentation: /work/shared/seeds/000). Written
 * blind to the suite, after the seven earlier sets.
 */
import { runflowIdentities } from '../../../mocks/runflow/identities.ts';
import { agentIdForKey } from '../../../mocks/runflow/store.ts';
import type { MockRequest, MockResponse } from '../../../mocks/stateful/message.ts';
import { everyOffsetItem, type Fault, jsonResponse, objectsIn, queryOf, requestJson, responseJson, route, succeeded, withHeaders, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'runflow';
const observability = '/api/v1/runtime/v1/observability';
const createReview = `${observability}/executions/{executionId}/reviews` as const;
const reviews = `${observability}/reviews` as const;
const review = `${reviews}/{reviewId}` as const;
const stats = `${reviews}/stats` as const;
const events = `${observability}/events` as const;
const feed = `${events}/feed` as const;
const query = `${events}/query` as const;

/** The key a request presents, whichever of the two documented headers carries it. */
function keyOf(request: MockRequest): string {
  return request.header('x-api-key') ?? /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1] ?? '';
}

const asKey = (request: MockRequest, key: string) => withHeaders(request, { 'x-api-key': key, authorization: null });

const reviewBody = (agentId: string, overrides: Record<string, unknown> = {}) => ({ agentId, rating: 'bad', comment: 'Bot quoted last year\'s prices', priority: 'high', ...overrides });

/** The counters of the stats answer, summed over several answers. */
const counters = ['total', 'pending', 'inProgress', 'resolved', 'badReviews', 'needsImprovement', 'critical', 'highPriority'] as const;

export const runflowUnheardFaults: Fault[] = [
  {
    id: 'runflow.reviews.recreate-after-delete-conflicts',
    api,
    family: 'deletion',
    bug: 'DELETE /reviews/{id} removes the review row but not the unique (tenant, executionId) index entry kept in a side table: reviewing the execution again after the delete answers 409 "Execution already has a review" for a review nobody can read',
    documented: 'Delete a review: "DELETE …/reviews/:reviewId Hard delete."; Create a review: "Each execution can only have one review. A second POST returns 409 Conflict."',
    caughtBy: 'delete then create again: after a hard delete the execution has no review, so a new review of it is created (201), not refused',
    wrap: (inner) => {
      const orphaned = new Set<string>();
      return async (request) => {
        const created = route(api, request, 'POST', createReview);
        if (created && orphaned.has(`${keyOf(request)}\n${created.executionId}`)) return jsonResponse(409, { statusCode: 409, message: 'Execution already has a review', error: 'Conflict' });
        const deleted = route(api, request, 'DELETE', review);
        const before = deleted ? responseJson(await inner({ ...request, method: 'GET', body: '' })) : undefined;
        const response = await inner(request);
        if (deleted && succeeded(response) && typeof before?.executionId === 'string') orphaned.add(`${keyOf(request)}\n${before.executionId}`);
        return response;
      };
    },
    probe: async (client) => {
      const first = (await client.call('POST', `${observability}/executions/exec-unheard-1/reviews`, { body: reviewBody('agent-unheard') })).json;
      await client.call('DELETE', `${reviews}/${first.id}`);
      return (await client.call('POST', `${observability}/executions/exec-unheard-1/reviews`, { body: reviewBody('agent-unheard') })).status;
    },
  },
  {
    id: 'runflow.reviews-stats.every-agent-counted',
    api,
    family: 'filter',
    bug: 'GET /reviews/stats checks that agentId is present, then runs the tenant-wide statistics query it shares with the portal\'s overview page: the counters of one agent include every other agent\'s reviews',
    documented: 'Stats: "GET …/reviews/stats?agentId=... agentId is required. Response: { total, pending, inProgress, resolved, badReviews, needsImprovement, critical, highPriority, avgResolutionHours }."',
    caughtBy: 'reviews of two agents, then the stats of one: its total and counters count that agent\'s reviews only',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', stats) && response.status === 200 ? responseJson(response) : undefined;
      if (!answer) return response;
      const everything = await everyOffsetItem(inner, { ...request, url: reviews }, 'reviews');
      const asked = queryOf(request).get('agentId');
      const others = [...new Set((everything ?? []).map((item) => item.agentId as string))].filter((agentId) => agentId !== asked);
      const summed = { ...answer };
      for (const agentId of others) {
        const theirs = responseJson(await inner({ ...request, url: `${stats}?agentId=${encodeURIComponent(agentId)}` }));
        for (const counter of counters) if (typeof theirs?.[counter] === 'number') summed[counter] += theirs[counter];
      }
      return withResponseJson(response, summed);
    },
    probe: async (client) => {
      await client.call('POST', `${observability}/executions/exec-unheard-2/reviews`, { body: reviewBody('agent-unheard-a') });
      await client.call('POST', `${observability}/executions/exec-unheard-3/reviews`, { body: reviewBody('agent-unheard-b', { priority: 'critical' }) });
      return (await client.call('GET', `${stats}?agentId=agent-unheard-a`)).json;
    },
  },
  {
    id: 'runflow.events-feed.total-is-page-length',
    api,
    family: 'paging',
    bug: 'GET /events/feed fills total from rows.length after the LIMIT/OFFSET query (the COUNT(*) query was dropped as "too slow"): total is the size of the page, so a client paging with limit=10 believes there are only 10 events',
    documented: 'Recent events feed: "limit number Default 50, capped at 100. offset number Pagination offset." Response: { "events": [ … ], "total": 142 } (one event shown, a total of 142: the total counts every matching event, not the page)',
    caughtBy: 'paging: ingest more events than one page holds, read a small page, and check total counts them all',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', feed) && response.status === 200 ? responseJson(response) : undefined;
      return Array.isArray(answer?.events) ? withResponseJson(response, { ...answer, total: answer.events.length }) : response;
    },
    probe: async (client) => {
      await client.call('POST', events, { body: { events: [{ eventName: 'ticket_opened' }, { eventName: 'ticket_opened' }, { eventName: 'ticket_opened' }] } });
      return (await client.call('GET', `${feed}?limit=1`)).json.total;
    },
  },
  {
    id: 'runflow.events-query.columns-not-projected',
    api,
    family: 'response-shape',
    bug: 'POST /events/query in raw mode reads columns into a variable that the row mapper no longer uses after a refactor: every property of every event comes back, and columns[] lists them all, whatever the caller asked to project',
    documented: 'Query events: "mode: \'raw\' (default) — returns individual events with the columns you ask for."; "columns string[] (raw mode) Property keys to project. Omit for all."',
    caughtBy: 'a raw query with columns: each row carries exactly the keys asked for, and the columns[] of the answer names only them',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', query) || body?.mode === 'aggregate' || !Array.isArray(body?.columns)) return inner(request);
      const { columns, ...rest } = body;
      void columns;
      const checked = await inner(request);
      return succeeded(checked) ? inner(withRequestJson(request, rest)) : checked;
    },
    probe: async (client) => {
      await client.call('POST', events, { body: { events: [{ eventName: 'sale', properties: { amount: 120, category: 'electronics', customer_email: 'ana@example.com' } }] } });
      return (await client.call('POST', query, { body: { eventName: 'sale', mode: 'raw', columns: ['amount'] } })).json;
    },
  },
  {
    id: 'runflow.reviews.patch-short-comment-accepted',
    api,
    family: 'validation',
    bug: 'The comment length rule lives in the create DTO only; PATCH /reviews/{id} validates against a hand-written update DTO without it, so a review\'s comment can be shortened to a few characters',
    documented: 'Errors: "422 Semantic validation error (e.g. comment shorter than 10 chars)."; Create a review: "comment": "… (≥ 10 chars required)"; Update a review: "Allowed fields: status, actionTaken, resolutionNotes, correctedOutput, comment, priority, tags."',
    caughtBy: 'the same validation on update as on create: a PATCH with a 3-character comment is refused with 422 and the review keeps its comment',
    wrap: (inner) => {
      const shortComments = new Map<string, string>();
      const stamp = (response: MockResponse) => {
        const answer = shortComments.size > 0 && succeeded(response) ? responseJson(response) : undefined;
        if (!answer) return response;
        for (const object of objectsIn(answer)) if (typeof object.id === 'string' && shortComments.has(object.id) && 'comment' in object) object.comment = shortComments.get(object.id);
        return withResponseJson(response, answer);
      };
      return async (request) => {
        const patched = route(api, request, 'PATCH', review);
        const body = requestJson(request);
        const short = patched && typeof body?.comment === 'string' && body.comment.trim().length < 10;
        if (!short) return stamp(await inner(request));
        const { comment, ...rest } = body;
        const response = await inner(withRequestJson(request, { ...rest, comment: comment.padEnd(10, '.') }));
        if (response.status === 200) shortComments.set(patched.reviewId, comment);
        return stamp(response);
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', `${observability}/executions/exec-unheard-4/reviews`, { body: reviewBody('agent-unheard') })).json;
      const patched = await client.call('PATCH', `${reviews}/${created.id}`, { body: { comment: 'ok' } });
      return [patched.status, (await client.call('GET', `${reviews}/${created.id}`)).json.comment];
    },
  },
  {
    id: 'runflow.events-query.named-agent-skips-tenant',
    api,
    family: 'isolation',
    bug: 'POST /events/query adds the tenant clause only on the default path (agent from the key); when the body names agentId the query filters by that agent alone, so any key that learns another tenant\'s agent id reads its events',
    documented: 'Authentication: "Each key is tenant-scoped; the platform derives tenantId from the key and applies it to every query."; Query events: "agentId string Optional. Defaults to the API-key agent."',
    caughtBy: 'isolation: tenant B queries with tenant A\'s agent id and gets no rows',
    wrap: (inner) => {
      const keyOfAgent = new Map<string, string>();
      return async (request) => {
        const key = keyOf(request);
        if (route(api, request, 'POST', events)) keyOfAgent.set(agentIdForKey(key), key);
        const named = route(api, request, 'POST', query) ? requestJson(request)?.agentId : undefined;
        const owner = typeof named === 'string' ? keyOfAgent.get(named) : undefined;
        return owner && owner !== key ? inner(asKey(request, owner)) : inner(request);
      };
    },
    probe: async (client) => {
      await client.call('POST', events, { body: { events: [{ eventName: 'sale', properties: { amount: 80, customer_id: 'cus-17' } }] } });
      const agentId = agentIdForKey(runflowIdentities.conformance.a!['x-api-key']!);
      return (await client.call('POST', query, { identity: 'b', body: { eventName: 'sale', agentId } })).json;
    },
  },
];
