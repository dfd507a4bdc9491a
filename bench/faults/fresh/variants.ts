/**
 * Fresh faithful variants: servers that differ from the mock only where the
 * product documentation is silent (another designed status, another order
 * where none is documented, another cursor form, other error wording, an
 * idempotent repeat of a finished action). Written blind to the suite, like
 * the fresh faults; it may warn, never fail.
 */
import { responseJson, route, type Variant, withQuery, withResponseJson } from '../kit.ts';

const cards = '/api/v1/runtime/observability/dashboard-cards';
const ingest = '/api/v1/runtime/v1/observability/events';

/** The mock's AgentRuntime cursor: base64 of the next page's offset, then (since the mock keeps its place across writes) the last item's id. */
function offsetOfMockCursor(cursor: string): number | undefined {
  try {
    const offset = /^(\d+)(?::|$)/.exec(atob(cursor))?.[1];
    return offset === undefined ? undefined : Number(offset);
  } catch {
    return undefined;
  }
}

const rewordedMessages: Record<number, string> = {
  401: 'This request needs a valid API key in the Authorization header (Bearer).',
  403: 'This API key may not perform this request.',
  404: 'Nothing with that id exists for this API key.',
};

export const freshVariants: Variant[] = [
  {
    id: 'runflow.events.ingest-answers-201',
    api: 'runflow',
    difference: 'POST /events answers 201 with {accepted} (a NestJS POST\'s default) instead of 202',
    faithful: 'Ingest events gives no status ("The events are written async (fire-and-forget)"); the contract marks both 201 and 202 x-designed ("the seed gives neither the status nor the body of this answer")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return route('runflow', request, 'POST', ingest) && response.status === 202 ? { ...response, status: 201 } : response;
    },
    probe: async (client) => (await client.call('POST', ingest, { body: { events: [{ eventName: 'alert_received' }] } })).status,
  },
  {
    id: 'runflow.dashboard-cards.listed-by-title',
    api: 'runflow',
    difference: 'GET /dashboard-cards lists an agent\'s cards by title instead of by sortOrder; each card keeps its sortOrder, tab and layout',
    faithful: 'List dashboard cards says "Returns every card configured for the agent" and gives no order (unlike the tabs, "ordered by sortOrder ASC"); a card\'s sortOrder is a field the client lays out by',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route('runflow', request, 'GET', cards) && response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.cards)) return response;
      const byTitle = [...answer.cards].sort((a: { title: string; id: string }, b: { title: string; id: string }) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
      return withResponseJson(response, { ...answer, cards: byTitle });
    },
    probe: async (client) => {
      for (const [title, eventName] of [['Total alerts', 'alert_received'], ['Average handling time', 'ticket_resolved']]) {
        await client.call('POST', cards, { body: { agentId: 'agent-probe', title, cardType: 'number', config: { eventName, aggregation: 'count' } } });
      }
      return (await client.call('GET', `${cards}?agentId=agent-probe`)).json.cards.map((card: { title: string }) => card.title);
    },
  },
  {
    id: 'intent-runs.runs.abort-again-answers-200',
    api: 'intent-runs',
    difference: 'DELETE /v1/runs/{runId} of a run that is already ABORTED answers 200 with no content (an idempotent abort) instead of 409; any other finished run is still refused',
    faithful: 'Abort a Run documents only "200 Run successfully aborted — No content"; how a run in another state is answered is designed (the contract\'s Conflict response: x-designed "the seed does not say how aborting a run in another state is answered")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (!route('intent-runs', request, 'DELETE', '/v1/runs/{runId}') || response.status !== 409) return response;
      const current = responseJson(await inner({ ...request, method: 'GET', body: '' }));
      return current?.status === 'ABORTED' ? { status: 200, headers: {}, body: null } : response;
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/runs', { body: { intent: 'Summarise the latest sales data', selectedCustomerIntegrationIds: ['*'], context: 'Q4 only', userId: 'user-probe' } })).json;
      await client.call('DELETE', `/v1/runs/${created.runId}`);
      return (await client.call('DELETE', `/v1/runs/${created.runId}`)).status;
    },
  },
  {
    id: 'runtype.errors.other-wording',
    api: 'runtype',
    difference: 'The message of a 401, 403 or 404 body is worded differently (the error class and the status stay)',
    faithful: 'Error handling says only "Errors use standard HTTP status codes and include a JSON error body"; the body of every error but 400 is x-designed ("the reference shows no body for errors other than 400"), and its message is free text for people',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = rewordedMessages[response.status] ? responseJson(response) : undefined;
      return typeof answer?.message === 'string' ? withResponseJson(response, { ...answer, message: rewordedMessages[response.status] }) : response;
    },
    probe: async (client) => (await client.call('GET', '/flows', { identity: 'none' })).json.message,
  },
  {
    id: 'agentruntime.cursors.offset-form',
    api: 'agentruntime',
    difference: 'List cursors read off_<n> (plain offsets) instead of base64 text; each cursor still leads to the same next page',
    faithful: 'The documentation shows no paging at all; cursor paging is x-designed on every list ("The seed shows no paging; cursor paging is this contract\'s, on every list"), and a cursor is opaque to clients',
    wrap: (inner) => async (request) => {
      const asked = /[?&]cursor=off_(\d+)(?:&|$)/.exec(request.url)?.[1];
      const response = await inner(asked === undefined ? request : withQuery(request, (query) => query.set('cursor', btoa(asked))));
      const answer = responseJson(response);
      const offset = typeof answer?.next_cursor === 'string' ? offsetOfMockCursor(answer.next_cursor) : undefined;
      return offset === undefined ? response : withResponseJson(response, { ...answer, next_cursor: `off_${offset}` });
    },
    probe: async (client) => {
      for (const name of ['Weekly digest', 'Lead intake']) await client.call('POST', '/v1/workflows', { body: { name } });
      return (await client.call('GET', '/v1/workflows?limit=1')).json.next_cursor;
    },
  },
];
