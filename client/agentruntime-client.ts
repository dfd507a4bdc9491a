import type { Client } from 'openapi-fetch';
import type { components, paths } from '../generated/agentruntime/schema.d.ts';
import { type BaseClientOptions, createTypedClient, requireCredential } from './core.ts';
import { retrySafeOperations } from './retry-safe-operations.ts';

export type AgentRuntimePaths = paths;
export type AgentRuntimeSchemas = components['schemas'];
/** The one error body of the AgentRuntime API: `{code, message, details?, request_id?}`. */
export type AgentRuntimeError = components['schemas']['ErrorBody'];
/** The payload of one autopilot stream event, and of one WebSocket frame of a workflow stream. */
export type AutopilotStreamEvent = components['schemas']['AutopilotStreamEvent'];
export type RunEvent = components['schemas']['RunEvent'];

export interface AgentRuntimeClientOptions extends BaseClientOptions {
  /** A personal access token (`pat_…`), sent as `Authorization: Bearer`. */
  token: string;
  /** The workspace slug, sent as `X-Tenant-Id` on every request. */
  tenantId: string;
  /** The project, sent as `X-Project-Id`. Optional for tenant-level routes (PATs, billing). */
  projectId?: string;
}

export const AGENTRUNTIME_BASE_URL = 'https://api.agentruntime.io';

/** A typed client for the AgentRuntime BFF, with the PAT and context headers on every request. */
export function createAgentRuntimeClient(options: AgentRuntimeClientOptions): Client<AgentRuntimePaths> {
  const token = requireCredential('token', options.token);
  const tenantId = requireCredential('tenantId', options.tenantId);
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'X-Tenant-Id': tenantId };
  if (options.projectId !== undefined) headers['X-Project-Id'] = requireCredential('projectId', options.projectId);
  return createTypedClient<AgentRuntimePaths>(AGENTRUNTIME_BASE_URL, options, headers, retrySafeOperations['agentruntime']);
}
