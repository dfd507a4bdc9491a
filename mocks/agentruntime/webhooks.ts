import type { LooseHandler } from '../stateful/types.ts';
import { agentRuntimeError } from './errors.ts';
import { cursorPage } from './paging.ts';
import { startRun } from './runs.ts';
import { type AgentRuntimeCaller, type AgentRuntimeStore, collection, projectScope } from './store.ts';

type Handlers = Record<string, LooseHandler<AgentRuntimeCaller, AgentRuntimeStore>>;

/** Hex HMAC-SHA256 of the raw body with Web Crypto, so the mock core stays web-standard. */
export async function hmacHex(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body)));
  return [...signature].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares without an early exit, so the time taken says nothing about where two strings differ. */
function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index++) difference |= (a.charCodeAt(index) || 0) ^ (b.charCodeAt(index) || 0);
  return difference === 0;
}

export const webhookHandlers: Handlers = {
  createInboundWebhook: ({ body, caller, store }) => {
    const scope = projectScope(caller);
    const workflow = collection<{ id: string }>(store, 'workflows').get(body.workflow_id);
    if (!workflow || workflow.scope !== scope) return agentRuntimeError(422, 'validation_failed', `workflow_id ${body.workflow_id} is not a workflow of this project`);
    const subscription = { id: store.environment.id('iwh'), workflow_id: body.workflow_id, name: body.name, automation_pat_id: body.automation_pat_id ?? null, created_at: store.environment.now() };
    const secret = `whsec_${store.environment.uuid().replace(/-/g, '')}`;
    store.webhooks.set(subscription.id, { subscription, secret, scope, ...(body.automation_bearer ? { bearer: body.automation_bearer } : {}) });
    return { status: 201, body: { id: subscription.id, ingress_url: `https://api.agentruntime.io/v1/inbound-webhooks/${subscription.id}`, signing_secret: secret, subscription } };
  },
  listInboundWebhooks: ({ query, caller, store }) => {
    const subscriptions = [...store.webhooks.values()].filter((hook) => hook.scope === projectScope(caller)).map((hook) => hook.subscription).reverse();
    return { status: 200, body: cursorPage(subscriptions, query) };
  },
  deleteInboundWebhook: ({ path, caller, store }) => {
    const hook = store.webhooks.get(path.id ?? '');
    if (!hook || hook.scope !== projectScope(caller)) return agentRuntimeError(404, 'not_found', `Subscription ${path.id} not found`);
    store.webhooks.delete(hook.subscription.id);
    return { status: 204, body: undefined };
  },
  ingestInboundWebhook: async ({ path, headers, rawBody, caller, store }) => {
    const hook = store.webhooks.get(path.id ?? '');
    if (!hook || !hook.scope.startsWith(`${caller.tenant}/`)) return agentRuntimeError(404, 'not_found', `Subscription ${path.id} not found`);
    if (hook.bearer && hook.bearer !== caller.token) return agentRuntimeError(401, 'unauthorized', 'This PAT is not the subscription\'s automation bearer');
    const expected = `sha256=${await hmacHex(hook.secret, rawBody)}`;
    if (!sameText(expected, headers.get('x-agentruntime-signature') ?? '')) return agentRuntimeError(401, 'invalid_signature', 'X-Agentruntime-Signature does not match the body');
    const workflow = collection<any>(store, 'workflows').get(hook.subscription.workflow_id);
    if (!workflow) return agentRuntimeError(404, 'not_found', 'The subscription\'s workflow no longer exists');
    const stored = startRun(store, hook.scope, workflow.value, 'webhook', { trigger_payload: JSON.parse(rawBody) });
    return { status: 202, body: { run_id: stored.run.id, workflow_id: stored.run.workflow_id, status: stored.run.status } };
  },
};
