import type { Client } from 'openapi-fetch';
import type { components, paths } from '../generated/runtype/schema.d.ts';
import { type BaseClientOptions, createTypedClient, requireCredential } from './core.ts';
import { retrySafeOperations } from './retry-safe-operations.ts';

export type RuntypePaths = paths;
export type RuntypeSchemas = components['schemas'];
/** The 400 body: `{error: "Validation error", details: [{code, message, path, suggestion?}]}`. */
export type RuntypeValidationError = components['schemas']['ValidationError'];
/** The body of 401, 403, 404, 429 and 500. */
export type RuntypeError = components['schemas']['ErrorBody'];

export interface RuntypeClientOptions extends BaseClientOptions {
  /** A Runtype API key, sent as `Authorization: Bearer …`. */
  apiKey: string;
}

export const RUNTYPE_BASE_URL = 'https://api.runtype.com/v1';

/** A typed client for the Runtype API. Paths are relative to the base URL, which ends in /v1. */
export function createRuntypeClient(options: RuntypeClientOptions): Client<RuntypePaths> {
  const apiKey = requireCredential('apiKey', options.apiKey);
  return createTypedClient<RuntypePaths>(RUNTYPE_BASE_URL, options, { Authorization: `Bearer ${apiKey}` }, retrySafeOperations['runtype']);
}
