import type { operations } from '../../generated/agentruntime/schema.d.ts';
import type { LooseHandler } from '../stateful/types.ts';
import { analyticsHandlers } from './analytics.ts';
import { integrationHandlers } from './integrations.ts';
import { platformHandlers } from './platform.ts';
import { runHandlers } from './runs.ts';
import type { AgentRuntimeCaller, AgentRuntimeStore } from './store.ts';
import { webhookHandlers } from './webhooks.ts';
import { workflowHandlers } from './workflows.ts';

/** Every AgentRuntime operation's handler, by operation id (the mock refuses to start if one is missing). */
export const agentRuntimeHandlers = {
  ...workflowHandlers,
  ...runHandlers,
  ...webhookHandlers,
  ...integrationHandlers,
  ...platformHandlers,
  ...analyticsHandlers,
} as Record<keyof operations, LooseHandler<AgentRuntimeCaller, AgentRuntimeStore>>;
