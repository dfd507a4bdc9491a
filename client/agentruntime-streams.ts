/**
 * AgentRuntime's two live feeds: the autopilot Server-Sent Events stream
 * (resumable: its contract documents Last-Event-ID) and the workflow
 * WebSocket of RunEvent frames. Re-exported by client/agentruntime.ts.
 */
import type { Client } from 'openapi-fetch';
import { AGENTRUNTIME_BASE_URL, type AgentRuntimeClientOptions, type AgentRuntimePaths, type AutopilotStreamEvent, type RunEvent } from './agentruntime-client.ts';
import { requireCredential } from './core.ts';
import type { Clock } from './clock.ts';
import { ApiError } from './errors.ts';
import { type ReconnectOptions, streamSse } from './sse.ts';
import { openTypedWebSocket, type TypedWebSocket, type WebSocketConstructor } from './websocket.ts';

export interface StreamAutopilotOptions {
  /** The conversation whose replies to stream; the latest when absent. */
  conversationId?: string;
  signal?: AbortSignal;
  /** Resuming with Last-Event-ID after a drop: on by default (3 attempts in a row); `false` throws instead. */
  reconnect?: ReconnectOptions | false;
  clock?: Clock;
}

/**
 * The typed events of `/v1/autopilot/stream` (token, message, done, error),
 * ending after `done` or `error`. A dropped connection is resumed from the last
 * event id, so no event is lost or repeated. A non-2xx answer throws ApiError.
 */
export function streamAutopilot(client: Client<AgentRuntimePaths>, options: StreamAutopilotOptions = {}): AsyncGenerator<AutopilotStreamEvent, void, undefined> {
  return streamSse<AutopilotStreamEvent>({
    async connect(lastEventId) {
      const { data, error, response } = await client.GET('/v1/autopilot/stream', {
        params: {
          query: options.conversationId === undefined ? {} : { conversation_id: options.conversationId },
          // X-Tenant-Id and X-Project-Id are the client's own headers; only the resume point is per call.
          header: (lastEventId === undefined ? {} : { 'Last-Event-ID': lastEventId }) as never,
        },
        headers: { Accept: 'text/event-stream' },
        parseAs: 'stream',
        signal: options.signal,
      });
      if (!response.ok || !data) throw new ApiError(response, error);
      return data;
    },
    parse: (message) => JSON.parse(message.data) as AutopilotStreamEvent,
    isFinal: (event) => event.type === 'done' || event.type === 'error',
    reconnect: options.reconnect,
    signal: options.signal,
    clock: options.clock,
  });
}

export interface WorkflowStreamOptions extends Pick<AgentRuntimeClientOptions, 'baseUrl' | 'token' | 'tenantId' | 'projectId'> {
  workflowId: string;
  /** In Node 20: `WebSocket` from the `ws` package. Browsers: leave out (their global is used). */
  WebSocket?: WebSocketConstructor;
  signal?: AbortSignal;
}

/**
 * The workflow's live RunEvent frames over `/v1/workflows/{id}/stream`. With
 * `ws` in Node the PAT and tenant headers go on the handshake; a browser sends
 * no custom headers on a WebSocket, so there the Console's session cookie is
 * what authenticates (the contract accepts both).
 */
export function openWorkflowStream(options: WorkflowStreamOptions): TypedWebSocket<RunEvent, never> {
  const baseUrl = (options.baseUrl ?? AGENTRUNTIME_BASE_URL).replace(/\/+$/, '');
  const headers: Record<string, string> = {
    Authorization: `Bearer ${requireCredential('token', options.token)}`,
    'X-Tenant-Id': requireCredential('tenantId', options.tenantId),
  };
  if (options.projectId !== undefined) headers['X-Project-Id'] = requireCredential('projectId', options.projectId);
  return openTypedWebSocket<RunEvent>({
    url: `${baseUrl}/v1/workflows/${encodeURIComponent(options.workflowId)}/stream`,
    WebSocket: options.WebSocket,
    headers,
    signal: options.signal,
  });
}
