/**
 * Novel faults for Runtype (documentation: /work/shared/seeds/003). Written
 * blind to the suite, on the operations the reference names (lists and
 * creates) and its cross-cutting promises: a validation code mapped from the
 * wrong issue, a secret echoed in an error, a list run under the previous
 * writer's account, a page size that reads as the default, a client token
 * taken for an API key, a flow that keeps only its first step.
 */
import { type Fault, requestJson, responseJson, route, withHeaders, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'runtype';

const bearerOf = (header: string | null) => /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1];

interface Detail {
  code?: string;
  message?: string;
}

export const runtypeNovelFaults: Fault[] = [
  {
    id: 'runtype.validation.missing-field-as-invalid-type',
    api,
    family: 'response-shape',
    bug: 'The error mapper translates Zod issues by issue code alone, and Zod reports a missing field as invalid_type (received undefined): every missing required field is answered with code INVALID_TYPE instead of MISSING_REQUIRED_FIELD',
    documented: 'Validation errors (400): "Each item carries a stable, machine-readable code so you can branch on the failure type without string-matching the message", with the example { "code": "MISSING_REQUIRED_FIELD", "message": "Invalid input: expected string, received undefined", "path": "name" }',
    caughtBy: 'a create sent without one required field at a time: the 400 names that field in path with code MISSING_REQUIRED_FIELD',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = response.status === 400 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.details)) return response;
      const details = answer.details.map((detail: Detail) => (detail.code === 'MISSING_REQUIRED_FIELD' ? { ...detail, code: 'INVALID_TYPE' } : detail));
      return withResponseJson(response, { ...answer, details });
    },
    probe: async (client) => (await client.call('POST', '/records', { body: { type: 'faq' } })).json.details.map((detail: Detail) => detail.code),
  },
  {
    id: 'runtype.secrets.value-echoed-in-validation-error',
    api,
    family: 'data-exposure',
    bug: 'POST /secrets (the intake flow) catches its validation failure to log it and rethrows it with the rejected payload appended to each detail message ("… payload: {…}"): a secret refused for another field comes back, value and all, in the 400 body, and lands in the client\'s error logs',
    documented: 'Tools and integrations: "Secrets — Managed secret metadata and intake flows"; Validation errors (400): "message — Human-readable description of the problem"',
    caughtBy: 'no secret in any answer: a secret create that fails validation must not carry the value it was sent',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'POST', '/secrets') && response.status === 400 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.details)) return response;
      const details = answer.details.map((detail: Detail) => ({ ...detail, message: `${detail.message ?? 'Invalid input'}; payload: ${request.body}` }));
      return withResponseJson(response, { ...answer, details });
    },
    probe: async (client) => {
      const value = 'sk_live_51NovelProbeSecretValue';
      const refused = (await client.call('POST', '/secrets', { body: { name: '', provider: 'stripe', value } })).json;
      return refused.details.some((detail: Detail) => detail.message?.includes(value));
    },
  },
  {
    id: 'runtype.agents.list-runs-as-last-writer',
    api,
    family: 'isolation',
    bug: 'Row-level security takes the account from a session variable that writes set with SET (not SET LOCAL) on pooled connections, and GET /agents never sets it: the list runs as whichever account last wrote on that connection and shows that account\'s agents',
    documented: 'Authentication: "All API requests require an API key: Authorization: Bearer ***"; Error handling: "403 Forbidden — insufficient permissions"; Agents: "Tool-using AI agents — GET /agents, POST /agents"',
    caughtBy: 'isolation: account A creates an agent, account B lists agents and must not see it',
    wrap: (inner) => {
      let lastWriter: string | null = null;
      return async (request) => {
        const listing = route(api, request, 'GET', '/agents');
        const asWriter = listing && lastWriter !== null && lastWriter !== request.header('authorization') && bearerOf(request.header('authorization'))?.startsWith('rt_');
        const response = await inner(asWriter ? withHeaders(request, { authorization: lastWriter }) : request);
        if (request.method !== 'GET' && response.status >= 200 && response.status < 300) lastWriter = request.header('authorization');
        return response;
      };
    },
    probe: async (client) => {
      await client.call('POST', '/agents', { body: { name: 'Refund approver', model: 'gpt-4o-mini', instructions: 'Approve refunds under 50 EUR' } });
      return (await client.call('GET', '/agents', { identity: 'b' })).json.data.map((agent: { name: string }) => agent.name);
    },
  },
  {
    id: 'runtype.model-configs.limit-echoed-as-default',
    api,
    family: 'paging',
    bug: 'GET /model-configs pages by the limit asked for but fills pagination.limit from the DTO\'s default (50) instead of the parsed value: a client that sizes its next request or its progress bar from pagination.limit is told 50 for a page of 2',
    documented: 'Pagination: "GET /v1/records?limit=50&cursor=rec_abc123", "Response includes pagination metadata: { "data": [], "pagination": { "nextCursor": "rec_xyz789", "hasMore": true, "limit": 50 } }"; Model Configs: "GET /model-configs"',
    caughtBy: 'paging: a list asked with a small limit answers that limit in pagination.limit, and no more items than it',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', '/model-configs') && response.status === 200 ? responseJson(response) : undefined;
      if (!answer?.pagination || typeof answer.pagination.limit !== 'number') return response;
      return withResponseJson(response, { ...answer, pagination: { ...answer.pagination, limit: 50 } });
    },
    probe: async (client) => {
      for (const model of ['gpt-4o-mini', 'gpt-4o', 'o3-mini']) await client.call('POST', '/model-configs', { body: { name: `Support ${model}`, provider: 'openai', model } });
      const page = (await client.call('GET', '/model-configs?limit=2')).json;
      return [page.data.length, page.pagination.limit, page.pagination.hasMore];
    },
  },
  {
    id: 'runtype.client-tokens.accepted-as-api-key',
    api,
    family: 'authorization',
    bug: 'The auth middleware resolves any bearer it finds in the token table to its account, and client tokens (made for browser widgets) share that table with API keys: a client token shipped in a web page reads the account\'s secrets, flows and model configs',
    documented: 'Authentication: "All API requests require an API key: Authorization: Bearer ***"; Access and product delivery: "Client Tokens — Browser/client access tokens"; Error handling: "401 Unauthorized — invalid API key", "403 Forbidden — insufficient permissions"',
    caughtBy: 'authorization: a credential that is not an API key (a client token the API issued) is refused on the management routes',
    wrap: (inner) => {
      const accountOfToken = new Map<string, string>();
      return async (request) => {
        const owner = accountOfToken.get(bearerOf(request.header('authorization')) ?? '');
        const response = await inner(owner ? withHeaders(request, { authorization: owner }) : request);
        const created = route(api, request, 'POST', '/client-tokens') && response.status === 201 ? responseJson(response) : undefined;
        if (typeof created?.token === 'string') accountOfToken.set(created.token, owner ?? request.header('authorization') ?? '');
        return response;
      };
    },
    probe: async (client) => {
      await client.call('POST', '/secrets', { body: { name: 'STRIPE_KEY', provider: 'stripe', value: 'sk_live_51NovelProbeSecretValue' } });
      const issued = (await client.call('POST', '/client-tokens', { body: { name: 'Help widget', productId: 'prod_helpdesk', allowedOrigins: ['https://shop.example.org'] } })).json;
      const read = await client.call('GET', '/secrets', { identity: 'none', headers: { Authorization: `Bearer ${issued.token}` } });
      return [read.status, Array.isArray(read.json?.data) ? read.json.data.map((secret: { name: string }) => secret.name) : null];
    },
  },
  {
    id: 'runtype.flows.steps-after-first-dropped',
    api,
    family: 'write-read',
    bug: 'POST /flows inserts the steps in a loop that returns from inside its first iteration (a return meant for the error branch): the flow is stored with its first step only, while the 201 answer, built from the request, shows them all',
    documented: 'Core resources: "Flows — Multi-step AI workflows — GET /flows, POST /flows"',
    caughtBy: 'write then read: create a flow with several steps and find every step in the list',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', '/flows') || !Array.isArray(body?.steps) || body.steps.length < 2) return inner(request);
      const response = await inner(withRequestJson(request, { ...body, steps: body.steps.slice(0, 1) }));
      const created = response.status === 201 ? responseJson(response) : undefined;
      return created ? withResponseJson(response, { ...created, steps: body.steps }) : response;
    },
    probe: async (client) => {
      const steps = [
        { type: 'prompt', name: 'Classify the ticket' },
        { type: 'tool', name: 'Look up the order', config: { tool: 'orders_lookup' } },
        { type: 'prompt', name: 'Draft the reply' },
      ];
      await client.call('POST', '/flows', { body: { name: 'Ticket triage', steps } });
      const listed = (await client.call('GET', '/flows')).json;
      return listed.data.map((flow: { steps: { name: string }[] }) => flow.steps.map((step) => step.name));
    },
  },
];
