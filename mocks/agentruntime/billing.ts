import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { documentedBody } from './catalog.ts';
import { cursorPage } from './paging.ts';
import type { AgentRuntimeHandlers, AgentRuntimeResult, AgentRuntimeStore, BillingState, CallerContext } from './store.ts';

type Schemas = components['schemas'];

const plans = documentedBody('listBillingPlans');
const usageDimensions = documentedBody('getUsageDimensions');
const actionPricing = documentedBody('getActionPricing');
const stripeConfig = documentedBody('getStripeConfig');

function billingOf(store: AgentRuntimeStore, tenant: string): BillingState {
  let state = store.billing.get(tenant);
  if (!state) {
    state = { status: { subscription_status: 'none', plan_code: null, cancel_at_period_end: false, current_period_end: null, trial: { active: false, ends_at: null, eligible: true } }, balance: 0 };
    store.billing.set(tenant, state);
  }
  return state;
}

/** A billing change: refused with 409 (the refusal's reason) when the subscription is not in a state that allows it. */
function changeBilling(context: CallerContext, refusal: (state: BillingState) => string | undefined, apply: (state: BillingState) => void): { status: 200; body: { ok: true; status: Schemas['BillingStatus'] } } {
  const state = billingOf(context.store, context.caller.tenant);
  const reason = refusal(state);
  // The documentation files billing refusals under 422 ("graph, bindings, billing").
  if (reason) fail(422, reason, { code: 'invalid_state_transition' });
  apply(state);
  return { status: 200, body: { ok: true, status: state.status } };
}

const periodEnd = (store: AgentRuntimeStore) => new Date(Date.parse(store.environment.now()) + 30 * 86_400_000).toISOString();

export const handlers = {
  getBillingSummary: ({ caller, store }): AgentRuntimeResult<'getBillingSummary'> => {
    const state = billingOf(store, caller.tenant);
    return { status: 200, body: { tenant_id: caller.tenant, project_id: caller.project ?? null, plan_code: state.status.plan_code ?? null, status: state.status.subscription_status, credit_balance_microcredits: state.balance, period_end: state.status.current_period_end ?? null } };
  },
  // Catalogs the contract lists by example, served in pages like every other list (limit, cursor).
  listBillingPlans: ({ query }): AgentRuntimeResult<'listBillingPlans'> => ({ status: 200, body: cursorPage(plans().data, query) }),
  getUsageDimensions: ({ query }): AgentRuntimeResult<'getUsageDimensions'> => ({ status: 200, body: cursorPage(usageDimensions().data, query) }),
  getActionPricing: ({ query }): AgentRuntimeResult<'getActionPricing'> => ({ status: 200, body: cursorPage(actionPricing().data, query) }),
  getBillingStatus: ({ caller, store }): AgentRuntimeResult<'getBillingStatus'> => ({ status: 200, body: billingOf(store, caller.tenant).status }),
  getCreditUsage: ({ caller, store }): AgentRuntimeResult<'getCreditUsage'> => {
    const { balance } = billingOf(store, caller.tenant);
    return { status: 200, body: { balance_microcredits: balance, included_microcredits: 0, used_microcredits: 0, topup_microcredits: balance } };
  },
  getUsageHistory: ({ query }): AgentRuntimeResult<'getUsageHistory'> => ({ status: 200, body: cursorPage<Schemas['UsageLedgerEntry']>([], query) }),
  getPaymentHistory: ({ query }): AgentRuntimeResult<'getPaymentHistory'> => ({ status: 200, body: cursorPage<Schemas['Payment']>([], query) }),
  createPaygTopupIntent: ({ body, caller, store }): AgentRuntimeResult<'createPaygTopupIntent'> => {
    const microcredits = body.amount_cents * 10_000;
    billingOf(store, caller.tenant).balance += microcredits;
    return { status: 201, body: { client_secret: `pi_mock_secret_${store.environment.id('pi').replace(/\W/g, '')}`, amount_cents: body.amount_cents, microcredits } };
  },
  startTrial: (context): AgentRuntimeResult<'startTrial'> =>
    changeBilling(context, (state) => (state.status.trial.eligible ? undefined : 'This workspace is not eligible for a trial'), (state) => {
      Object.assign(state.status, { subscription_status: 'trialing', plan_code: context.body.plan_code ?? 'team', trial: { active: true, ends_at: periodEnd(context.store), eligible: false } });
    }),
  activateSubscription: (context): AgentRuntimeResult<'activateSubscription'> =>
    changeBilling(context, (state) => (state.status.subscription_status === 'active' ? 'The subscription is already active' : undefined), (state) => {
      Object.assign(state.status, { subscription_status: 'active', plan_code: context.body.plan_code ?? state.status.plan_code ?? 'team', current_period_end: periodEnd(context.store), trial: { ...state.status.trial, active: false, eligible: false } });
    }),
  changePlan: (context): AgentRuntimeResult<'changePlan'> =>
    changeBilling(context, (state) => (['active', 'trialing'].includes(state.status.subscription_status) ? undefined : 'There is no subscription to change'), (state) => {
      state.status.plan_code = context.body.plan_code ?? state.status.plan_code ?? null;
    }),
  cancelSubscription: (context): AgentRuntimeResult<'cancelSubscription'> =>
    changeBilling(context, (state) => (state.status.subscription_status === 'active' ? undefined : 'Only an active subscription can be canceled'), (state) => {
      if (context.body?.at_period_end === false) state.status.subscription_status = 'canceled';
      else state.status.cancel_at_period_end = true;
    }),
  convertTrialNow: (context): AgentRuntimeResult<'convertTrialNow'> =>
    changeBilling(context, (state) => (state.status.subscription_status === 'trialing' ? undefined : 'There is no trial to convert'), (state) => {
      Object.assign(state.status, { subscription_status: 'active', current_period_end: periodEnd(context.store), trial: { active: false, ends_at: null, eligible: false } });
    }),
  applyBillingCode: (context): AgentRuntimeResult<'applyBillingCode'> =>
    changeBilling(context, () => undefined, (state) => {
      state.balance += 10_000_000;
    }),
  validateDiscount: ({ body }): AgentRuntimeResult<'validateDiscount'> => ({ status: 200, body: /^[A-Z0-9]{4,}$/.test(body.code) ? { valid: true, percent_off: 20, message: '20% off for 3 months' } : { valid: false, percent_off: null, message: 'Unknown code' } }),
  getStripeConfig: (): AgentRuntimeResult<'getStripeConfig'> => ({ status: 200, body: stripeConfig() }),
} satisfies AgentRuntimeHandlers<'getActionPricing' | 'applyBillingCode' | 'validateDiscount' | 'getPaymentHistory' | 'listBillingPlans' | 'getBillingStatus' | 'activateSubscription' | 'cancelSubscription' | 'changePlan' | 'convertTrialNow' | 'getBillingSummary' | 'createPaygTopupIntent' | 'startTrial' | 'getUsageDimensions' | 'getUsageHistory' | 'getCreditUsage' | 'getStripeConfig'>;
