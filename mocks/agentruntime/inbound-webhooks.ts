import { verifyWebhook } from '../../client/webhooks.ts';
import { fail } from '../stateful/problems.ts';
import { findWorkflow } from './lookups.ts';
import { cursorPage } from './paging.ts';
import { startRun } from './run-engine.ts';
import { type AgentRuntimeHandlers, type AgentRuntimeResult, collection, projectScope } from './store.ts';

export const handlers = {
  createInboundWebhook: (context): AgentRuntimeResult<'createInboundWebhook'> => {
    const { body, caller, store } = context;
    if (!findWorkflow(context, body.workflow_id)) fail(422, `workflow_id ${body.workflow_id} is not a workflow of this project`, { code: 'validation_failed' });
    const subscription = { id: store.environment.id('iwh'), workflow_id: body.workflow_id, name: body.name, automation_pat_id: body.automation_pat_id ?? null, created_at: store.environment.now() };
    const secret = `whsec_${store.environment.uuid().replace(/-/g, '')}`;
    store.webhooks.set(subscription.id, { subscription, secret, scope: projectScope(caller), ...(body.automation_bearer ? { bearer: body.automation_bearer } : {}) });
    // Where this mock is reached (its own origin), so that a client can call the ingress it is handed.
    const ingress_url = `${context.origin}/v1/inbound-webhooks/${subscription.id}`;
    return { status: 201, body: { id: subscription.id, ingress_url, signing_secret: secret, subscription } };
  },
  listInboundWebhooks: ({ query, caller, store }): AgentRuntimeResult<'listInboundWebhooks'> => {
    const subscriptions = [...store.webhooks.values()].filter((hook) => hook.scope === projectScope(caller)).map((hook) => hook.subscription).reverse();
    return { status: 200, body: cursorPage(subscriptions, query) };
  },
  deleteInboundWebhook: ({ path, caller, store }): AgentRuntimeResult<'deleteInboundWebhook'> => {
    const hook = store.webhooks.get(path.id);
    if (!hook || hook.scope !== projectScope(caller)) return fail(404, `Subscription ${path.id} not found`, { code: 'not_found' });
    store.webhooks.delete(hook.subscription.id);
    return { status: 204, body: undefined };
  },
  ingestInboundWebhook: async ({ path, headers, rawBody, body, caller, store }): Promise<AgentRuntimeResult<'ingestInboundWebhook'>> => {
    const hook = store.webhooks.get(path.id);
    if (!hook || !hook.scope.startsWith(`${caller.tenant}/`)) return fail(404, `Subscription ${path.id} not found`, { code: 'not_found' });
    if (hook.bearer && hook.bearer !== caller.token) fail(401, 'This PAT is not the subscription\'s automation bearer', { code: 'unauthorized' });
    if (!(await verifyWebhook(rawBody, headers.get('x-agentruntime-signature'), hook.secret))) fail(401, 'X-Agentruntime-Signature does not match the body', { code: 'invalid_signature' });
    const workflow = collection(store, 'workflows').get(hook.subscription.workflow_id);
    if (!workflow) return fail(404, 'The subscription\'s workflow no longer exists', { code: 'not_found' });
    const stored = startRun(store, hook.scope, workflow.value, 'webhook', { trigger_payload: body });
    return { status: 202, body: { run_id: stored.run.id, workflow_id: stored.run.workflow_id, status: stored.run.status } };
  },
} satisfies AgentRuntimeHandlers<'listInboundWebhooks' | 'createInboundWebhook' | 'ingestInboundWebhook' | 'deleteInboundWebhook'>;
