import type { JsonObject, Operation } from '../../contract/spec.ts';
import type { MockRequest } from './message.ts';

const handshakeHeaders = new Set(['upgrade', 'connection', 'sec-websocket-key', 'sec-websocket-version', 'sec-websocket-protocol', 'sec-websocket-extensions']);
const withoutHandshakeCache = new WeakMap<Operation, Operation>();

/** An operation answered 101 Switching Protocols: the contract's form of a WebSocket. */
export function isWebSocketOperation(operation: Operation): boolean {
  return Boolean((operation.definition.responses as JsonObject | undefined)?.['101']);
}

/**
 * The operation to validate a request by. A plain HTTP request (no `Upgrade: websocket`)
 * to a WebSocket operation cannot carry the handshake headers the contract requires, and
 * must reach its handler to be refused as the contract says (426, or 404 for an unknown
 * resource) instead of failing validation: it is validated without those headers.
 */
export function operationToValidate(operation: Operation, request: MockRequest): Operation {
  if (!isWebSocketOperation(operation) || request.header('upgrade')?.toLowerCase() === 'websocket') return operation;
  let reduced = withoutHandshakeCache.get(operation);
  if (!reduced) {
    reduced = { ...operation, parameters: operation.parameters.filter((parameter) => parameter.in !== 'header' || !handshakeHeaders.has(parameter.name.toLowerCase())) };
    withoutHandshakeCache.set(operation, reduced);
  }
  return reduced;
}
