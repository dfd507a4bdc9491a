import type { Scenario } from '../../scenario.ts';
import { analyticsWindow } from './analytics-window.ts';
import { connectionSecretsHidden } from './connections-secrets-hidden.ts';
import { patRevealOnce } from './pats-reveal-once.ts';
import { runControl } from './runs-control.ts';
import { humanApproval } from './tasks-human-approval.ts';
import { tenantsIsolated } from './tenants-isolated.ts';
import { signedIngress } from './webhooks-signed-ingress.ts';
import { workflowLifecycle } from './workflows-lifecycle.ts';

export const agentRuntimeScenarios: Scenario[] = [workflowLifecycle, runControl, humanApproval, signedIngress, patRevealOnce, connectionSecretsHidden, analyticsWindow, tenantsIsolated];
