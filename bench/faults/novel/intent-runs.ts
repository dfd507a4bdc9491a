/**
 * Novel faults for intent-runs (documentation: /work/shared/seeds/004).
 * Written blind to the suite: another account's run stream, two list filters
 * joined with OR, a run read from a cache the stream never clears, an abort
 * that rewrites createdAt, "false" read as true, a repeat key shared by all
 * accounts.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { everyPageItem, type Fault, queryOf, readCache, requestJson, responseJson, route, succeeded, withQuery, withResponseJson } from '../kit.ts';
import { restamp, runBody, runServedToAnyKey } from '../probe-fixtures.ts';

const api = 'intent-runs';
const runs = '/v1/runs';
const run = '/v1/runs/{runId}';
const stream = '/v1/runs/{runId}/sse';
const approval = '/v1/runs/approval';

const keyOf = (request: MockRequest) => request.header('x-api-key') ?? '';

export const intentRunsNovelFaults: Fault[] = [
  {
    id: 'intent-runs.runs.stream-of-another-account',
    api,
    family: 'isolation',
    bug: 'GET /v1/runs/{runId}/sse was moved to a separate streaming service that subscribes to the run\'s channel by run id and checks only that a key was sent: another account watches the run\'s steps and result live (and, as watching drives the run, finishes it)',
    documented: 'List Runs: "Retrieves a paginated list of runs for the authenticated user"; Server-Sent Events stream for a Run: "Authorizations x-api-key string Required", "Establishes a Server-Sent Events connection to stream real-time updates for a run"',
    caughtBy: 'isolation: account B opens the stream of account A\'s run and must be refused the way an unknown run is',
    wrap: runServedToAnyKey(stream),
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody({ intent: 'Draft the board memo on the acquisition' }) })).json;
      const watched = await client.call('GET', `${runs}/${created.runId}/sse`, { identity: 'b', readStream: true });
      return [watched.status, watched.text.includes('acquisition')];
    },
  },
  {
    id: 'intent-runs.runs.filters-combined-with-or',
    api,
    family: 'filter',
    bug: 'GET /v1/runs builds its where clause as an array of conditions, which the ORM turns into OR: ?status=RUNNING&userId=u1 returns every running run and every run of u1, instead of u1\'s running runs',
    documented: 'List Runs: "userId string Optional — Filter runs by user ID", "status string · enum Optional — Filter runs by a single status value"',
    caughtBy: 'two filters given together: every item returned must meet both',
    wrap: (inner) => async (request) => {
      const query = queryOf(request);
      if (!route(api, request, 'GET', runs) || !query.get('status') || !query.get('userId')) return inner(request);
      const asked = await inner(request);
      const answer = asked.status === 200 ? responseJson(asked) : undefined;
      if (!Array.isArray(answer?.data)) return asked;
      const unfiltered = await everyPageItem(
        inner,
        withQuery(request, (edited) => {
          edited.delete('status');
          edited.delete('userId');
        }),
      );
      const byStatus = await everyPageItem(inner, withQuery(request, (edited) => edited.delete('userId')));
      const byUser = await everyPageItem(inner, withQuery(request, (edited) => edited.delete('status')));
      if (!unfiltered || !byStatus || !byUser) return asked;
      const either = new Set([...byStatus, ...byUser].map((item) => item.runId));
      const matching = unfiltered.filter((item) => either.has(item.runId));
      const page = typeof answer.page === 'number' ? answer.page : 1;
      const pageSize = typeof answer.pageSize === 'number' ? answer.pageSize : 10;
      return withResponseJson(asked, { ...answer, data: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length });
    },
    probe: async (client) => {
      const finished = (await client.call('POST', runs, { body: runBody({ userId: 'user-ana' }) })).json;
      await client.call('DELETE', `${runs}/${finished.runId}`);
      await client.call('POST', runs, { body: runBody({ userId: 'user-ben' }) });
      const listed = (await client.call('GET', `${runs}?status=RUNNING&userId=user-ana`)).json;
      return listed.data.length;
    },
  },
  {
    id: 'intent-runs.runs.read-cache-misses-stream-updates',
    api,
    family: 'write-read',
    bug: 'GET /v1/runs/{runId} is served from a read-through cache that the abort and approval handlers clear, but the worker that moves a run forward (what the stream reports) writes to the database directly: a run the stream showed COMPLETED still reads RUNNING, without its result, until the entry expires',
    documented: 'Get Run details: "status string · enum Required — Current status of the run", "result object Optional — Result of the run execution", "updatedAt — Timestamp when the run was last updated"; Server-Sent Events stream: "stream real-time updates for a run"',
    caughtBy: 'read after a change: a run read once, watched to its end through the stream, then read again must show the status the stream announced',
    wrap: readCache(
      (request) => (route(api, request, 'GET', run) ? `${keyOf(request)}\n${request.url}` : undefined),
      (request) => {
        const aborted = route(api, request, 'DELETE', run);
        if (aborted) return (entry) => entry.startsWith(`${keyOf(request)}\n`) && entry.includes(aborted.runId);
        return route(api, request, 'GET', approval) ? (entry) => entry.startsWith(`${keyOf(request)}\n`) : undefined;
      },
    ),
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      await client.call('GET', `${runs}/${created.runId}`);
      await client.call('GET', `${runs}/${created.runId}/sse`, { readStream: true });
      const read = (await client.call('GET', `${runs}/${created.runId}`)).json;
      return [read.status, read.result ?? null];
    },
  },
  {
    id: 'intent-runs.runs.created-at-restamped-on-abort',
    api,
    family: 'partial-update',
    bug: 'DELETE /v1/runs/{runId} saves the aborted run through an entity rebuilt from the DTO, whose createdAt column carries the ORM\'s default (now()): after an abort, createdAt equals updatedAt and the run jumps to "just created"',
    documented: 'Get Run details: "createdAt string · date-time Required — Timestamp when the run was created", "updatedAt … Timestamp when the run was last updated"; Abort a Run: "Aborts a running or queued run by its ID"',
    caughtBy: 'an update that must leave the fields it is not about as they were: createdAt before and after an abort',
    wrap: (inner) => {
      const restamped = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        const aborted = route(api, request, 'DELETE', run);
        if (aborted && succeeded(response)) {
          const after = responseJson(await inner({ ...request, method: 'GET', url: `${runs}/${aborted.runId}`, body: '' }));
          if (typeof after?.updatedAt === 'string') restamped.set(aborted.runId, after.updatedAt);
        }
        const answer = restamped.size > 0 && !response.stream ? responseJson(response) : undefined;
        return answer ? withResponseJson(response, restamp(answer, 'createdAt', (runId) => restamped.get(runId))) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      await client.call('DELETE', `${runs}/${created.runId}`);
      const read = (await client.call('GET', `${runs}/${created.runId}`)).json;
      return read.createdAt === created.createdAt;
    },
  },
  {
    id: 'intent-runs.runs.tool-calls-sent-for-false',
    api,
    family: 'data-exposure',
    bug: 'GET /v1/runs/{runId}/sse tests the query string with if (query.includeToolCalls): the string "false" is truthy, so a client that asks not to get tool calls (includeToolCalls=false) gets their names and arguments',
    documented: 'Server-Sent Events stream for a Run: "includeToolCalls string Optional — Include tool call details in the stream (e.g., "true" or "false"). By default, tool calls are not included and for step events, only text (description of the step) is included."',
    caughtBy: 'a stream opened with includeToolCalls=false carries no tool call event, as without the parameter',
    wrap: (inner) => (request) => {
      const asked = route(api, request, 'GET', stream) ? queryOf(request).get('includeToolCalls') : null;
      return asked && asked !== 'true' ? inner(withQuery(request, (query) => query.set('includeToolCalls', 'true'))) : inner(request);
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      const watched = await client.call('GET', `${runs}/${created.runId}/sse?includeToolCalls=false`, { readStream: true });
      return watched.text.includes('tool_call');
    },
  },
  {
    id: 'intent-runs.runs.repeat-key-shared-across-accounts',
    api,
    family: 'isolation',
    bug: 'Repeat keys live in one table with a unique index on the key alone: a client-chosen key another account already used (weekly-sales-summary) resolves to that account\'s run, so the new run\'s repeatRunId names a run of someone else',
    documented: 'Create a new Run: "repeatKey string — The key of the run to repeat"; Run: "repeatRunId string · uuid Optional — The UUID of the run that was repeated"; List Runs: "Retrieves a paginated list of runs for the authenticated user"',
    caughtBy: 'isolation: account B creates a run with a repeatKey account A used; nothing of A\'s run (its id) may show up in B\'s run',
    wrap: (inner) => {
      const runOfKey = new Map<string, { runId: string; account: string }>();
      const repeatedRun = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', runs) && response.status === 201) {
          const created = responseJson(response);
          const repeatKey = requestJson(request)?.repeatKey ?? created?.repeatKey;
          const earlier = typeof repeatKey === 'string' ? runOfKey.get(repeatKey) : undefined;
          if (earlier && earlier.account !== keyOf(request) && created?.repeatRunId === undefined) repeatedRun.set(created.runId, earlier.runId);
          if (typeof repeatKey === 'string' && typeof created?.runId === 'string') runOfKey.set(repeatKey, { runId: created.runId, account: keyOf(request) });
        }
        const answer = repeatedRun.size > 0 && !response.stream && succeeded(response) ? responseJson(response) : undefined;
        return answer ? withResponseJson(response, restamp(answer, 'repeatRunId', (runId) => repeatedRun.get(runId))) : response;
      };
    },
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody({ repeatKey: 'weekly-sales-summary' }) });
      const theirs = (await client.call('POST', runs, { body: runBody({ repeatKey: 'weekly-sales-summary', userId: 'user-globex' }), identity: 'b' })).json;
      const read = (await client.call('GET', `${runs}/${theirs.runId}`, { identity: 'b' })).json;
      return [theirs.repeatRunId ?? null, read.repeatRunId ?? null];
    },
  },
];
