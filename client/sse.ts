/**
 * Typed Server-Sent Events over fetch (EventSource cannot send API keys as
 * headers). eventsource-parser does the parsing; this adds typing, a final
 * event, and reconnection with Last-Event-ID.
 */
import { createParser } from 'eventsource-parser';
import { type Clock, systemClock } from './clock.ts';
import { ApiError } from './errors.ts';

/** One event as sent: its `event:` name ("message" when none), its `data:` and its `id:`. */
export interface SseMessage {
  event: string;
  data: string;
  id: string | undefined;
}

export interface ReconnectOptions {
  /** Reconnections in a row without a new event before giving up. Default 3. */
  maxAttempts?: number;
  /** Wait before reconnecting, until the server sends `retry:`. Default 1000 ms. */
  delayMs?: number;
}

export interface SseStreamOptions<T> {
  /** Opens the stream; `lastEventId` is the id of the last event received when reconnecting. */
  connect(lastEventId: string | undefined): Promise<ReadableStream<Uint8Array>>;
  /** Turns one message into the typed event (e.g. JSON.parse of `data`). */
  parse(message: SseMessage): T;
  /** The event after which the stream is complete. Without it, the server closing the stream ends it. */
  isFinal?(event: T): boolean;
  /**
   * Reconnection when the stream drops before its final event. It resumes with
   * `Last-Event-ID`, so it happens only once the server has sent an `id:`:
   * without one, reconnecting would replay events, and the error is thrown instead.
   */
  reconnect?: ReconnectOptions | false;
  signal?: AbortSignal;
  clock?: Clock;
}

/** The stream closed before its final event, and could not be resumed. */
export class StreamClosedError extends Error {
  override readonly name = 'StreamClosedError';
}

/** Reads one `text/event-stream` body to its end, message by message. */
export async function* readSse(body: ReadableStream<Uint8Array>, onRetry?: (ms: number) => void): AsyncGenerator<SseMessage, void, undefined> {
  const queue: SseMessage[] = [];
  const parser = createParser({
    onEvent: (message) => queue.push({ event: message.event ?? 'message', data: message.data, id: message.id }),
    onRetry,
  });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.feed(decoder.decode(value, { stream: true }));
      while (queue.length > 0) yield queue.shift()!;
    }
  } finally {
    // Reached on break or error too: release the connection.
    reader.cancel().catch(() => {});
  }
}

/** The typed events of a stream, reconnecting with Last-Event-ID when it drops early. */
export async function* streamSse<T>(options: SseStreamOptions<T>): AsyncGenerator<T, void, undefined> {
  const clock = options.clock ?? systemClock;
  const reconnect = options.reconnect === false ? undefined : options.reconnect ?? {};
  let delayMs = reconnect?.delayMs ?? 1000;
  let lastEventId: string | undefined;
  for (let failures = 0; ; ) {
    let messages: AsyncGenerator<SseMessage, void, undefined> | undefined;
    let failure: unknown;
    try {
      messages = readSse(await options.connect(lastEventId), (ms) => (delayMs = ms));
      for (;;) {
        let step: IteratorResult<SseMessage, void>;
        try {
          step = await messages.next();
        } catch (error) {
          failure = error;
          break;
        }
        if (step.done) break;
        // Events already read stay unread once the caller has cancelled.
        if (options.signal?.aborted) throw options.signal.reason;
        if (step.value.id !== undefined) lastEventId = step.value.id;
        failures = 0;
        const event = options.parse(step.value);
        yield event;
        if (options.isFinal?.(event)) return;
      }
    } catch (error) {
      // connect() failing: an answer other than 2xx is final, a network error may be retried.
      if (error instanceof ApiError || options.signal?.aborted) throw options.signal?.aborted ? options.signal.reason : error;
      failure = error;
    } finally {
      await messages?.return();
    }
    if (options.signal?.aborted) throw options.signal.reason;
    if (!options.isFinal && failure === undefined) return;
    const reason = failure instanceof Error ? failure.message : 'the server closed it';
    if (!reconnect || lastEventId === undefined || ++failures > (reconnect.maxAttempts ?? 3)) {
      throw new StreamClosedError(
        `the event stream ended before its final event (${reason})` +
          (lastEventId === undefined ? '; it cannot be resumed: the server sent no event id' : `; gave up resuming after event "${lastEventId}"`),
        { cause: failure },
      );
    }
    await clock.sleep(delayMs, options.signal);
  }
}
