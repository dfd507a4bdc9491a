import type { Client } from 'openapi-fetch';
import type { components, paths } from '../generated/intent-runs/schema.d.ts';
import { type BaseClientOptions, createTypedClient, requireCredential } from './core.ts';

export type IntentRunsPaths = paths;
export type IntentRunsSchemas = components['schemas'];
/** The body of every intent-runs error. */
export type IntentRunsError = components['schemas']['Error'];
/** The payload of one event of the `/v1/runs/{runId}/sse` stream. */
export type RunStreamEvent = components['schemas']['RunStreamEvent'];

export interface IntentRunsClientOptions extends BaseClientOptions {
  /** The account's API key, sent as `x-api-key`. */
  apiKey: string;
}

/** The contract names no base URL: pass your deployment's as `baseUrl`. */
export const INTENT_RUNS_BASE_URL = 'https://intent-runs.invalid';

/** A typed client for the intent-runs API. */
export function createIntentRunsClient(options: IntentRunsClientOptions): Client<IntentRunsPaths> {
  const apiKey = requireCredential('apiKey', options.apiKey);
  return createTypedClient<IntentRunsPaths>(INTENT_RUNS_BASE_URL, options, { 'x-api-key': apiKey });
}
