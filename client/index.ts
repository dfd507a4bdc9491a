/**
 * The pieces every API client shares, for `import … from 'agent-contracts'`.
 * Each API's client is its own entry: `agent-contracts/runflow`, `…/agentruntime`,
 * `…/runtype`, `…/intent-runs`.
 */
export type { Clock } from './clock.ts';
export { systemClock } from './clock.ts';
export { type BaseClientOptions, createTypedClient } from './core.ts';
export { ApiError, type DataOf, type ErrorOf, TimeoutError, unwrap } from './errors.ts';
export { type PageOptions, paginateCursor, paginateNextCursor, paginateOffset, paginatePages } from './pagination.ts';
export { createResilientFetch, type ResilientFetchOptions, type RetryOptions } from './retry.ts';
export { readSse, type ReconnectOptions, type SseMessage, type SseStreamOptions, StreamClosedError, streamSse } from './sse.ts';
export { constantTimeEqual, signWebhook, verifyWebhook, WEBHOOK_SIGNATURE_HEADER } from './webhooks.ts';
export {
  openTypedWebSocket,
  toWebSocketUrl,
  type TypedWebSocket,
  type TypedWebSocketOptions,
  WebSocketClosedError,
  type WebSocketConstructor,
  type WebSocketLike,
} from './websocket.ts';
