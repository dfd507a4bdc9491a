/**
 * Untried faults for Runflow (documentation: /work/shared/seeds/000). Written
 * blind to the suite: the exists check across tenants, the correction in the
 * training export, the export's status filter, a rating changed by PATCH, a
 * card upsert keyed by its title, a validation body whose message is text.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { type Fault, objectsIn, queryOf, requestJson, responseJson, route, succeeded, validatedThenChanged, withHeaders, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'runflow';
const observability = '/api/v1/runtime/v1/observability';
const createReview = `${observability}/executions/{executionId}/reviews` as const;
const exists = `${observability}/executions/{executionId}/reviews/exists` as const;
const reviews = `${observability}/reviews` as const;
const review = `${reviews}/{reviewId}` as const;
const exportPath = `${reviews}/export/training-data` as const;
const cards = '/api/v1/runtime/observability/dashboard-cards';

const ratings = ['good', 'bad', 'needs_improvement'];

/** The key a request presents, whichever of the two documented headers carries it. */
function keyOf(request: MockRequest): string {
  return request.header('x-api-key') ?? /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1] ?? '';
}

const reviewBody = (agentId: string) => ({ agentId, rating: 'bad', comment: 'Bot gave the wrong opening hours', priority: 'high', tags: ['hours_wrong'] });

/** A card's upsert identity as the documentation gives it: (agentId, eventName, cardType, aggregation, propertyKey). */
function cardIdentity(card: { agentId?: unknown; cardType?: unknown; config?: { eventName?: unknown; aggregation?: unknown; propertyKey?: unknown } }): string {
  return JSON.stringify([card.agentId, card.config?.eventName, card.cardType, card.config?.aggregation ?? null, card.config?.propertyKey ?? null]);
}

interface AssistantTurn {
  role: string;
  content: string;
}

export const runflowUntriedFaults: Fault[] = [
  {
    id: 'runflow.review-exists.answers-for-other-tenants',
    api,
    family: 'isolation',
    bug: 'GET …/executions/{executionId}/reviews/exists looks the review up by executionId alone (execution ids were assumed to be globally unique, so the tenant clause was left out): another tenant learns that the execution has a review, with its rating, status and comment',
    documented: 'Authentication: "Each key is tenant-scoped; the platform derives tenantId from the key and applies it to every query."; Check if an execution already has a review: "Response: { "exists": true, "review": { "id", "rating", "status", "comment", "createdAt" } }"',
    caughtBy: 'isolation (the exists check as another tenant)',
    wrap: (inner) => {
      const ownerOfExecution = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        const created = route(api, request, 'POST', createReview);
        if (created && response.status === 201) ownerOfExecution.set(created.executionId, keyOf(request));
        const checked = route(api, request, 'GET', exists);
        if (!checked || response.status !== 200 || responseJson(response)?.exists !== false) return response;
        const owner = ownerOfExecution.get(checked.executionId);
        return owner && owner !== keyOf(request) ? inner(withHeaders(request, { 'x-api-key': owner, authorization: null })) : response;
      };
    },
    probe: async (client) => {
      await client.call('POST', `${observability}/executions/exec-untried-1/reviews`, { body: reviewBody('agent-untried') });
      return (await client.call('GET', `${observability}/executions/exec-untried-1/reviews/exists`, { identity: 'b' })).json;
    },
  },
  {
    id: 'runflow.training-export.correction-not-substituted',
    api,
    family: 'write-read',
    bug: 'The training export sets metadata.was_corrected from correctedOutput but builds the assistant turn from the execution\'s original output (the substitution reads a column renamed in a migration): a corrected review exports the answer it corrected',
    documented: 'Export for training: "Returns an array of OpenAI conversational fine-tuning examples — one per matching review, with the correctedOutput substituted into the assistant turn when present."',
    caughtBy: 'write then read (a correction reaches the training export)',
    wrap: (inner) => {
      const originalAnswer = new Map<string, string>();
      const exportedTurns = async (request: MockRequest) => {
        const everything = await inner({ ...request, method: 'GET', url: exportPath, body: '' });
        return everything.status === 200 ? (responseJson(everything)?.training_examples ?? []) : [];
      };
      return async (request) => {
        const patched = route(api, request, 'PATCH', review);
        if (patched && typeof requestJson(request)?.correctedOutput === 'string' && !originalAnswer.has(patched.reviewId)) {
          for (const example of await exportedTurns(request)) {
            const assistant = example.messages?.find((turn: AssistantTurn) => turn.role === 'assistant');
            if (example.metadata?.review_id === patched.reviewId && assistant && !example.metadata.was_corrected) originalAnswer.set(patched.reviewId, assistant.content);
          }
        }
        const response = await inner(request);
        const answer = route(api, request, 'GET', exportPath) && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(answer?.training_examples) || originalAnswer.size === 0) return response;
        for (const example of answer.training_examples) {
          const original = originalAnswer.get(example.metadata?.review_id);
          const assistant = example.messages?.find((turn: AssistantTurn) => turn.role === 'assistant');
          if (original !== undefined && assistant) assistant.content = original;
        }
        return withResponseJson(response, answer);
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', `${observability}/executions/exec-untried-2/reviews`, { body: reviewBody('agent-untried') })).json;
      await client.call('PATCH', `${reviews}/${created.id}`, { body: { status: 'resolved', correctedOutput: 'We are open Monday to Friday, 9:00 to 18:00.' } });
      const exported = (await client.call('GET', `${exportPath}?agentId=agent-untried`)).json;
      return exported.training_examples.map((example: { messages: AssistantTurn[] }) => example.messages.find((turn) => turn.role === 'assistant')?.content);
    },
  },
  {
    id: 'runflow.training-export.status-filter-ignored',
    api,
    family: 'filter',
    bug: 'The training export validates status and then builds its query from agentId alone (the status clause was lost when the export got its own repository method): pending reviews, never corrected by anyone, end up in the fine-tuning set',
    documented: 'Export for training: "GET …/reviews/export/training-data?agentId=...&status=resolved", "one per matching review", "Typical filter: { agentId, status: \'resolved\' } to pull only human-reviewed and corrected examples."',
    caughtBy: 'lists honour their filters (the export\'s status)',
    wrap: (inner) => (request) => {
      const filtered = route(api, request, 'GET', exportPath) && queryOf(request).has('status');
      return filtered ? validatedThenChanged(inner, request, (query) => query.delete('status')) : inner(request);
    },
    probe: async (client) => {
      const resolved = (await client.call('POST', `${observability}/executions/exec-untried-3/reviews`, { body: reviewBody('agent-untried') })).json;
      await client.call('POST', `${observability}/executions/exec-untried-4/reviews`, { body: reviewBody('agent-untried') });
      await client.call('PATCH', `${reviews}/${resolved.id}`, { body: { status: 'resolved', correctedOutput: 'Open 9:00 to 18:00.' } });
      return (await client.call('GET', `${exportPath}?agentId=agent-untried&status=resolved`)).json.total;
    },
  },
  {
    id: 'runflow.reviews.patch-changes-rating',
    api,
    family: 'mass-assignment',
    bug: 'PATCH /reviews/{id} maps the body onto the entity with the create DTO\'s field list: rating, which is not an allowed field, is written and the review\'s rating changes after the fact',
    documented: 'Update a review: "Partial update — send only the fields you want to change. Allowed fields: status, actionTaken, resolutionNotes, correctedOutput, comment, priority, tags."',
    caughtBy: 'mass assignment (a field outside the allowed list)',
    wrap: (inner) => {
      const forgedRating = new Map<string, string>();
      const stamp = (body: unknown) => {
        for (const object of objectsIn(body)) {
          if (typeof object.id === 'string' && forgedRating.has(object.id) && 'rating' in object) object.rating = forgedRating.get(object.id);
          const metadata = object.metadata as { review_id?: string; rating?: string } | undefined;
          if (metadata?.review_id && forgedRating.has(metadata.review_id)) metadata.rating = forgedRating.get(metadata.review_id);
        }
        return body;
      };
      return async (request) => {
        const patched = route(api, request, 'PATCH', review);
        const body = requestJson(request);
        if (!patched || !ratings.includes(body?.rating)) {
          const response = await inner(request);
          const answer = forgedRating.size > 0 && succeeded(response) ? responseJson(response) : undefined;
          return answer ? withResponseJson(response, stamp(answer)) : response;
        }
        const { rating, ...allowed } = body;
        const response = Object.keys(allowed).length > 0 ? await inner(withRequestJson(request, allowed)) : await inner({ ...request, method: 'GET', body: '' });
        if (response.status !== 200) return response;
        forgedRating.set(patched.reviewId, rating);
        return withResponseJson(response, stamp(responseJson(response)));
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', `${observability}/executions/exec-untried-5/reviews`, { body: reviewBody('agent-untried') })).json;
      await client.call('PATCH', `${reviews}/${created.id}`, { body: { rating: 'good', comment: 'Rechecked: the hours were right' } });
      return (await client.call('GET', `${reviews}/${created.id}`)).json.rating;
    },
  },
  {
    id: 'runflow.dashboard-cards.upsert-keyed-by-title',
    api,
    family: 'write-read',
    bug: 'POST /dashboard-cards builds its idempotency key from the client\'s idempotencyKey-style string (type:title:tab) instead of (agentId, eventName, cardType, aggregation, propertyKey): renaming a card in rf.json and syncing again adds a second card for the same metric',
    documented: 'Upsert a dashboard card: "Idempotent on (agentId, eventName, cardType, aggregation, propertyKey). This is the endpoint metrics.sync() (SDK) and rf metrics sync (CLI) call under the hood"',
    caughtBy: 'write then read (an upsert repeated with another title)',
    wrap: (inner) => {
      const duplicates = new Map<string, Record<string, unknown>[]>();
      let made = 0;
      return async (request) => {
        const body = requestJson(request);
        if (route(api, request, 'POST', cards) && typeof body?.agentId === 'string' && typeof body.title === 'string' && body.title.trim()) {
          const listed = await inner({ ...request, method: 'GET', url: `${cards}?agentId=${encodeURIComponent(body.agentId)}`, body: '' });
          const key = `${keyOf(request)}\n${body.agentId}`;
          const known = [...(responseJson(listed)?.cards ?? []), ...(duplicates.get(key) ?? [])];
          const same = listed.status === 200 ? known.filter((card) => cardIdentity(card) === cardIdentity(body)) : [];
          if (same.length > 0 && !same.some((card) => card.title === body.title)) {
            const card = { id: `card-dup-${String(++made).padStart(6, '0')}`, agentId: body.agentId, title: body.title, cardType: body.cardType, config: body.config, sortOrder: known.length, tabId: body.tabId ?? null, ...(body.gridLayout ? { gridLayout: body.gridLayout } : {}) };
            duplicates.set(key, [...(duplicates.get(key) ?? []), card]);
            return { status: 201, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ success: true, created: true, id: card.id, card }) };
          }
        }
        const response = await inner(request);
        const agentId = route(api, request, 'GET', cards) ? queryOf(request).get('agentId') : null;
        const extra = agentId === null ? undefined : duplicates.get(`${keyOf(request)}\n${agentId}`);
        const answer = extra && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(answer?.cards)) return response;
        return withResponseJson(response, { ...answer, total: answer.total + extra!.length, cards: [...answer.cards, ...extra!] });
      };
    },
    probe: async (client) => {
      const card = { agentId: 'agent-untried', cardType: 'number', config: { eventName: 'alert_received', aggregation: 'count' } };
      await client.call('POST', cards, { body: { ...card, title: 'Total alerts' } });
      await client.call('POST', cards, { body: { ...card, title: 'Alerts received' } });
      return (await client.call('GET', `${cards}?agentId=agent-untried`)).json.cards.map((listed: { title: string }) => listed.title);
    },
  },
  {
    id: 'runflow.validation.message-as-text',
    api,
    family: 'response-shape',
    bug: 'A custom exception filter, added to log validation failures, flattens the violations into one string: a 400 answers { statusCode, message: "a; b", error } and clients that iterate message get characters',
    documented: 'Errors: "400 Invalid input — usually a Zod/DTO validation failure. The body has a message array."',
    caughtBy: 'response body valid (the body of a 400)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = response.status === 400 ? responseJson(response) : undefined;
      return Array.isArray(answer?.message) ? withResponseJson(response, { ...answer, message: answer.message.join('; ') }) : response;
    },
    probe: async (client) => (await client.call('POST', `${observability}/executions/exec-untried-6/reviews`, { body: { ...reviewBody('agent-untried'), rating: 'terrible' } })).json,
  },
];
