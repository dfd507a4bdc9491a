import type { Client } from 'openapi-fetch';
import type { components, paths } from '../generated/runflow/schema.d.ts';
import { type BaseClientOptions, createTypedClient, requireCredential } from './core.ts';
import { retrySafeOperations } from './retry-safe-operations.ts';

export type RunflowPaths = paths;
export type RunflowSchemas = components['schemas'];
/** The body of every Runflow error but 400 (whose `message` is an array: `RunflowValidationError`). */
export type RunflowError = components['schemas']['ErrorBody'];
export type RunflowValidationError = components['schemas']['ValidationError'];

export interface RunflowClientOptions extends BaseClientOptions {
  /** A tenant-scoped API key (`rf_…`), sent as `x-api-key`. */
  apiKey: string;
  /**
   * How to send the key. The API accepts both; `x-api-key` is the one its
   * documentation shows first. Default: `'x-api-key'`.
   */
  authScheme?: 'x-api-key' | 'bearer';
}

export const RUNFLOW_BASE_URL = 'https://api.runflow.ai';

/** A typed client for the Runflow runtime API. */
export function createRunflowClient(options: RunflowClientOptions): Client<RunflowPaths> {
  const apiKey = requireCredential('apiKey', options.apiKey);
  const credentials: Record<string, string> =
    options.authScheme === 'bearer' ? { Authorization: `Bearer ${apiKey}` } : { 'x-api-key': apiKey };
  return createTypedClient<RunflowPaths>(RUNFLOW_BASE_URL, options, credentials, retrySafeOperations['runflow']);
}
