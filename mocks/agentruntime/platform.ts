import type { components } from '../../generated/agentruntime/schema.d.ts';
import { documentedAnswer } from '../stateful/example-responder.ts';
import type { LooseContext, LooseHandler } from '../stateful/types.ts';
import { agentRuntimeError } from './errors.ts';
import { cursorPage } from './paging.ts';
import { type AgentRuntimeCaller, type AgentRuntimeStore, type BillingState, listScope, projectScope, put } from './store.ts';

type Schemas = components['schemas'];
type Context = LooseContext<AgentRuntimeCaller, AgentRuntimeStore>;
type Handlers = Record<string, LooseHandler<AgentRuntimeCaller, AgentRuntimeStore>>;
const answer = (operationId: string) => documentedAnswer('agentruntime', operationId);

/** A catalog the contract lists by example, served in pages like every other list (limit, cursor). */
function catalogPages(operationId: string): LooseHandler<AgentRuntimeCaller, AgentRuntimeStore> {
  const example = answer(operationId);
  return ({ query }) => {
    const { status, body } = example();
    const items = (body as { data?: unknown[] } | undefined)?.data ?? [];
    return { status, body: { ...(body as object), ...cursorPage(items, query) } };
  };
}

function ownPat(context: Context) {
  const entry = context.store.pats.get(context.path.id ?? '');
  return entry && entry.scope === context.caller.tenant ? entry.value : undefined;
}

const patHandlers: Handlers = {
  listPats: ({ query, caller, store }) => ({ status: 200, body: cursorPage(listScope(store.pats, caller.tenant).map((entry) => entry.pat), query) }),
  createPat: ({ body, caller, store }) => {
    const role: Schemas['Role'] = body.role ?? 'contributor';
    const token = `pat_${role === 'tenant_admin' ? 'admin' : role}_${caller.tenant}_${store.environment.uuid().replace(/-/g, '').slice(0, 12)}`;
    const pat: Schemas['Pat'] = { id: store.environment.id('pat'), name: body.name, role, prefix: token.slice(0, 9), expires_at: body.expires_at ?? null, revealed: false, created_at: store.environment.now() };
    put(store.pats, store, caller.tenant, pat.id, { pat, token });
    return { status: 201, body: { ...pat, token } };
  },
  revealPat: (context) => {
    const stored = ownPat(context);
    if (!stored) return agentRuntimeError(404, 'not_found', `Token ${context.path.id} not found`);
    if (stored.pat.revealed) return agentRuntimeError(409, 'already_revealed', 'This token was already revealed; create a new one');
    stored.pat.revealed = true;
    return { status: 200, body: { ...stored.pat, token: stored.token } };
  },
  revokePat: (context) => {
    const stored = ownPat(context);
    if (!stored) return agentRuntimeError(404, 'not_found', `Token ${context.path.id} not found`);
    context.store.pats.delete(stored.pat.id);
    return { status: 204, body: undefined };
  },
};

function sseFrame(id: number, data: Schemas['AutopilotStreamEvent']): string {
  return `id: ${id}\nevent: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

const aiHandlers: Handlers = {
  sendAutopilotMessage: ({ body, store }) => {
    const conversation = body.conversation_id ?? store.environment.id('apc');
    return { status: 200, body: { conversation_id: conversation, message_id: store.environment.id('apm'), reply: `You asked: ${body.message}`, stream_url: `/v1/autopilot/stream?conversation_id=${conversation}` } };
  },
  // A short stream: tokens, the message, done. Reconnecting with Last-Event-ID resumes after that id.
  streamAutopilot: ({ headers }) => {
    const reply = 'I drafted a workflow with two steps.';
    const events: Schemas['AutopilotStreamEvent'][] = [...reply.split(' ').map((word) => ({ type: 'token' as const, text: `${word} ` })), { type: 'message', message_id: 'apm-stream', reply }, { type: 'done' }];
    const after = Number(headers.get('last-event-id') ?? '0') || 0;
    const body = events.map((event, index) => sseFrame(index + 1, event)).slice(after).join('');
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } });
  },
  proxyChatGet: ({ path }) => ({ status: 200, body: { proxied: `GET /${path.path}`, reply: 'Hello from the chat service' } }),
  proxyChatPost: ({ path, body }) => ({ status: 200, body: { proxied: `POST /${path.path}`, echo: body } }),
  getLlmCatalog: catalogPages('getLlmCatalog'),
  resolveModelRef: ({ body }) => {
    const [provider, model] = String(body.ref).split('/');
    if (!provider || !model) return agentRuntimeError(422, 'validation_failed', `ref must be provider/model, received ${body.ref}`);
    return { status: 200, body: { ref: body.ref, provider, model, key_source: 'tenant' } };
  },
  searchMemory: ({ body, caller, store }) => {
    const words = String(body.query).toLowerCase().split(/\s+/);
    const results = listScope(store.memory, projectScope(caller))
      .map((item) => ({ id: item.id, text: item.text, score: words.filter((word) => item.text.toLowerCase().includes(word)).length / words.length, source: 'conversation' }))
      .filter((item) => item.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, body.limit ?? 10);
    return { status: 200, body: { results } };
  },
  indexConversation: ({ body, caller, store }) => {
    const id = store.environment.id('mem');
    put(store.memory, store, projectScope(caller), id, { id, text: (body.messages ?? []).map((message: { content: string }) => message.content).join('\n') });
    return { status: 202, body: { id, status: 'indexed' } };
  },
  indexFile: ({ body, caller, store }) => {
    const id = store.environment.id('mem');
    put(store.memory, store, projectScope(caller), id, { id, text: `${body.name ?? ''}\n${body.text ?? ''}` });
    return { status: 202, body: { id, status: 'indexed' } };
  },
  startExtractBatch: ({ body, caller, store }) => {
    const job = { id: store.environment.id('job'), status: 'completed', processed: body.items.length, total: body.items.length, created_at: store.environment.now() };
    put(store.collections.get('jobs') ?? store.collections.set('jobs', new Map()).get('jobs')!, store, projectScope(caller), job.id, job);
    return { status: 202, body: job };
  },
  getExtractJob: ({ path, caller, store }) => {
    const entry = store.collections.get('jobs')?.get(path.jobId ?? '');
    return entry && entry.scope === projectScope(caller) ? { status: 200, body: entry.value } : agentRuntimeError(404, 'not_found', `Job ${path.jobId} not found`);
  },
  callMemoryTool: ({ body }) => ({ status: 200, body: { tool: body.tool, result: { ok: true, arguments: body.arguments } } }),
};

function billingOf(store: AgentRuntimeStore, tenant: string): BillingState {
  let state = store.billing.get(tenant);
  if (!state) {
    state = { status: { subscription_status: 'none', plan_code: null, cancel_at_period_end: false, current_period_end: null, trial: { active: false, ends_at: null, eligible: true } }, balance: 0 };
    store.billing.set(tenant, state);
  }
  return state;
}

/** A billing change: refused with 409 when the subscription is not in a state that allows it. */
function billingChange(allowed: (state: BillingState) => string | undefined, apply: (state: BillingState, context: Context) => void): LooseHandler<AgentRuntimeCaller, AgentRuntimeStore> {
  return (context) => {
    const state = billingOf(context.store, context.caller.tenant);
    const refusal = allowed(state);
    if (refusal) return agentRuntimeError(409, 'invalid_state_transition', refusal);
    apply(state, context);
    return { status: 200, body: { ok: true, status: state.status } };
  };
}

const periodEnd = (context: Context) => new Date(Date.parse(context.store.environment.now()) + 30 * 86_400_000).toISOString();

const billingHandlers: Handlers = {
  getBillingSummary: ({ caller, store }) => {
    const state = billingOf(store, caller.tenant);
    return { status: 200, body: { tenant_id: caller.tenant, project_id: caller.project ?? null, plan_code: state.status.plan_code ?? null, status: state.status.subscription_status, credit_balance_microcredits: state.balance, period_end: state.status.current_period_end ?? null } };
  },
  listBillingPlans: catalogPages('listBillingPlans'),
  getBillingStatus: ({ caller, store }) => ({ status: 200, body: billingOf(store, caller.tenant).status }),
  getCreditUsage: ({ caller, store }) => ({ status: 200, body: { balance_microcredits: billingOf(store, caller.tenant).balance, included_microcredits: 0, used_microcredits: 0, topup_microcredits: billingOf(store, caller.tenant).balance } }),
  getUsageDimensions: catalogPages('getUsageDimensions'),
  getUsageHistory: ({ query }) => ({ status: 200, body: cursorPage([], query) }),
  getPaymentHistory: ({ query }) => ({ status: 200, body: cursorPage([], query) }),
  getActionPricing: catalogPages('getActionPricing'),
  createPaygTopupIntent: ({ body, caller, store }) => {
    const microcredits = body.amount_cents * 10_000;
    billingOf(store, caller.tenant).balance += microcredits;
    return { status: 201, body: { client_secret: `pi_mock_secret_${store.environment.id('pi').replace(/\W/g, '')}`, amount_cents: body.amount_cents, microcredits } };
  },
  startTrial: billingChange((state) => (state.status.trial.eligible ? undefined : 'This workspace is not eligible for a trial'), (state, context) => {
    Object.assign(state.status, { subscription_status: 'trialing', plan_code: context.body.plan_code ?? 'team', trial: { active: true, ends_at: periodEnd(context), eligible: false } });
  }),
  activateSubscription: billingChange((state) => (state.status.subscription_status === 'active' ? 'The subscription is already active' : undefined), (state, context) => {
    Object.assign(state.status, { subscription_status: 'active', plan_code: context.body.plan_code ?? state.status.plan_code ?? 'team', current_period_end: periodEnd(context), trial: { ...state.status.trial, active: false, eligible: false } });
  }),
  changePlan: billingChange((state) => (['active', 'trialing'].includes(state.status.subscription_status) ? undefined : 'There is no subscription to change'), (state, context) => {
    state.status.plan_code = context.body.plan_code ?? state.status.plan_code ?? null;
  }),
  cancelSubscription: billingChange((state) => (state.status.subscription_status === 'active' ? undefined : 'Only an active subscription can be canceled'), (state, context) => {
    if (context.body?.at_period_end === false) state.status.subscription_status = 'canceled';
    else state.status.cancel_at_period_end = true;
  }),
  convertTrialNow: billingChange((state) => (state.status.subscription_status === 'trialing' ? undefined : 'There is no trial to convert'), (state, context) => {
    Object.assign(state.status, { subscription_status: 'active', current_period_end: periodEnd(context), trial: { active: false, ends_at: null, eligible: false } });
  }),
  applyBillingCode: billingChange(() => undefined, (state) => {
    state.balance += 10_000_000;
  }),
  validateDiscount: ({ body }) => ({ status: 200, body: /^[A-Z0-9]{4,}$/.test(body.code ?? '') ? { valid: true, percent_off: 20, message: '20% off for 3 months' } : { valid: false, percent_off: null, message: 'Unknown code' } }),
  getStripeConfig: answer('getStripeConfig'),
};

export const platformHandlers: Handlers = { ...patHandlers, ...aiHandlers, ...billingHandlers };
