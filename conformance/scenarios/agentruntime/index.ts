import type { Scenario } from '../../scenario.ts';
import { analyticsWindow } from './analytics-window.ts';
import { connectionSecretsHidden } from './connections-secrets-hidden.ts';
import { tenantsIsolated } from './cross-tenant-isolation.ts';
import { signedIngress } from './inbound-webhooks-signed-ingress.ts';
import { patRevealOnce } from './pats-reveal-once.ts';
import { runControl } from './run-control-pause-resume-stop.ts';
import { setupDefaults } from './run-control-setup-defaults.ts';
import { humanApproval } from './runs-human-approval.ts';
import { workflowLifecycle } from './workflows-lifecycle.ts';

export const agentRuntimeScenarios: Scenario[] = [workflowLifecycle, runControl, setupDefaults, humanApproval, signedIngress, patRevealOnce, connectionSecretsHidden, analyticsWindow, tenantsIsolated];
