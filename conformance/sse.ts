import { createParser } from 'eventsource-parser';
import type { SseMessage } from '../client/sse.ts';

/**
 * Parses a complete text/event-stream body (the conformance suite reads bounded
 * streams only) with the parser the clients use, so both read a stream alike.
 */
export function parseEventStream(text: string): SseMessage[] {
  const events: SseMessage[] = [];
  const parser = createParser({ onEvent: (message) => events.push({ event: message.event ?? 'message', data: message.data, id: message.id }) });
  parser.feed(text);
  // A last event not followed by a blank line still counts: the body has ended.
  parser.feed('\n\n');
  return events;
}
