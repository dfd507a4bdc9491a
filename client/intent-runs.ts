import type { Client } from 'openapi-fetch';
import type { components, paths } from '../generated/intent-runs/schema.d.ts';
import { type BaseClientOptions, createTypedClient, requireCredential } from './core.ts';
import type { Clock } from './clock.ts';
import { ApiError } from './errors.ts';
import { retrySafeOperations } from './retry-safe-operations.ts';
import { type ReconnectOptions, streamSse } from './sse.ts';

export type IntentRunsPaths = paths;
export type IntentRunsSchemas = components['schemas'];
/** The body of every intent-runs error. */
export type IntentRunsError = components['schemas']['ErrorBody'];
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
  return createTypedClient<IntentRunsPaths>(INTENT_RUNS_BASE_URL, options, { 'x-api-key': apiKey }, retrySafeOperations['intent-runs']);
}

export interface StreamRunOptions {
  /** Ask for `tool_call` events too. */
  includeToolCalls?: boolean;
  signal?: AbortSignal;
  /**
   * The intent-runs contract documents neither event ids nor Last-Event-ID, so by
   * default a dropped stream throws StreamClosedError instead of resuming; turn it
   * on for a server that sends `id:` and honours Last-Event-ID.
   */
  reconnect?: ReconnectOptions | false;
  clock?: Clock;
}

/**
 * The typed events of `/v1/runs/{runId}/sse`, ending after the run's `result`
 * or `error` event. A non-2xx answer throws ApiError with the API's body.
 *
 *   for await (const event of streamRun(client, runId)) if (event.type === 'step') console.log(event.text);
 */
export function streamRun(client: Client<IntentRunsPaths>, runId: string, options: StreamRunOptions = {}): AsyncGenerator<RunStreamEvent, void, undefined> {
  return streamSse<RunStreamEvent>({
    async connect(lastEventId) {
      const { data, error, response } = await client.GET('/v1/runs/{runId}/sse', {
        params: { path: { runId }, query: options.includeToolCalls ? { includeToolCalls: 'true' } : {} },
        headers: { Accept: 'text/event-stream', ...(lastEventId === undefined ? {} : { 'Last-Event-ID': lastEventId }) },
        parseAs: 'stream',
        signal: options.signal,
      });
      if (!response.ok || !data) throw new ApiError(response, error);
      return data;
    },
    parse: (message) => JSON.parse(message.data) as RunStreamEvent,
    isFinal: (event) => event.type === 'result' || event.type === 'error',
    reconnect: options.reconnect ?? false,
    signal: options.signal,
    clock: options.clock,
  });
}
