/**
 * Holdout faults for Runtype (documentation: /work/shared/seeds/003). Never
 * tuned against: hasMore on another list, a secret's value in another answer,
 * the details' dotted path. Like the main set, none relies on a single-resource
 * route (those are the contract's inference).
 */
import { type Fault, objectsIn, requestJson, responseJson, route, withResponseJson } from '../kit.ts';

const api = 'runtype';

/** `a.b.0.c` (the documented dotted path) as a JSON Pointer `/a/b/0/c`; the root "" becomes "/". */
function asPointer(path: unknown): unknown {
  return typeof path === 'string' ? `/${path.split('.').filter(Boolean).join('/')}` : path;
}

export const runtypeHoldoutFaults: Fault[] = [
  {
    id: 'runtype.agents.has-more-false-on-full-page',
    api,
    family: 'paging',
    bug: 'GET /agents computes hasMore after cutting the page to limit (always false) and so never sends a nextCursor: clients stop after the first page',
    documented: 'Pagination: "List endpoints support cursor-based pagination", response "pagination": {"nextCursor": "rec_xyz789", "hasMore": true, "limit": 50}',
    caughtBy: 'pages are consistent (every item reached by walking the cursors)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', '/agents') && response.status === 200 ? responseJson(response) : undefined;
      if (!answer?.pagination) return response;
      return withResponseJson(response, { ...answer, pagination: { ...answer.pagination, hasMore: false, nextCursor: null } });
    },
    probe: async (client) => {
      await client.call('POST', '/agents', { body: { name: 'first', model: 'gpt-4o-mini' } });
      await client.call('POST', '/agents', { body: { name: 'second', model: 'gpt-4o-mini' } });
      return (await client.call('GET', '/agents?limit=1')).json.pagination.hasMore;
    },
  },
  {
    id: 'runtype.secrets.value-echoed-on-create',
    api,
    family: 'data-exposure',
    bug: 'POST /secrets answers with the stored entity, value included (the create handler skips the metadata serialiser the list uses)',
    documented: 'Tools and integrations: "Secrets — Managed secret metadata and intake flows" (metadata, not values)',
    caughtBy: 'no undocumented data (a write-only field returned) / the "secret value never returned" scenario',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      const response = await inner(request);
      if (!route(api, request, 'POST', '/secrets') || response.status !== 201 || typeof body?.value !== 'string') return response;
      return withResponseJson(response, { ...responseJson(response), value: body.value });
    },
    probe: async (client) => 'value' in (await client.call('POST', '/secrets', { body: { name: 'STRIPE_KEY', value: 'sk_test_probe' } })).json,
  },
  {
    id: 'runtype.validation.details-path-as-pointer',
    api,
    family: 'response-shape',
    bug: 'A 400 validation error names the offending field as a JSON Pointer ("/steps/0/name", "/" for the root) instead of the dotted path',
    documented: 'Validation errors (400): "path — Dotted path to the offending field (empty string for the request root)", e.g. "path": "name"',
    caughtBy: 'response body valid (the details\' path) / the validation-details scenario',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = response.status === 400 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.details)) return response;
      return withResponseJson(response, { ...answer, details: answer.details.map((detail: { path?: unknown }) => ({ ...detail, path: asPointer(detail.path) })) });
    },
    probe: async (client) => {
      const answer = (await client.call('POST', '/records', { body: { type: 'note' } })).json;
      return objectsIn(answer.details).map((detail) => detail.path);
    },
  },
];
