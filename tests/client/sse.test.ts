import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type AutopilotStreamEvent, createAgentRuntimeClient, streamAutopilot } from '../../client/agentruntime.ts';
import { ApiError } from '../../client/errors.ts';
import { createIntentRunsClient, type RunStreamEvent, streamRun } from '../../client/intent-runs.ts';
import { StreamClosedError } from '../../client/sse.ts';
import { type RecordedRequest, sendJson, startTestServer, type TestServer } from '../helpers/http-server.ts';
import { InstantClock } from './clocks.ts';

const runId = '7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d';
const runEvents = [
  { event: 'status', data: { type: 'status', runId, status: 'RUNNING' } },
  { event: 'step', data: { type: 'step', runId, text: 'Reading the sales data' } },
  { event: 'tool_call', data: { type: 'tool_call', runId, name: 'query_sales', arguments: { quarter: 'Q4' } } },
  { event: 'result', data: { type: 'result', runId, result: { summary: 'Sales grew 12%' } } },
];
const autopilotEvents = [
  { type: 'token', text: 'I ' }, { type: 'token', text: 'drafted ' }, { type: 'token', text: 'a workflow.' },
  { type: 'message', message_id: 'apm-7', reply: 'I drafted a workflow.' }, { type: 'token', text: 'Anything else?' }, { type: 'done' },
];

function frame(event: string, data: unknown, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

function openStream(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
  response.flushHeaders();
}

/** Writes, then cuts the connection once the bytes are out: a dropped stream. */
function writeThenDrop(response: ServerResponse, text: string): void {
  response.write(text, () => response.socket?.destroy());
}

// How many events each autopilot connection sends before the server drops it.
let autopilotDropsAfter: number[] = [];

function handle(request: RecordedRequest, response: ServerResponse): void {
  const url = new URL(request.url, 'http://127.0.0.1');
  const run = /^\/v1\/runs\/([^/]+)\/sse$/.exec(url.pathname)?.[1];
  if (run === 'missing') return sendJson(response, 404, { statusCode: 404, error: 'Not Found', message: 'Run missing not found' });
  if (run) {
    openStream(response);
    const withTools = url.searchParams.get('includeToolCalls') === 'true';
    const events = runEvents.filter((event) => withTools || event.event !== 'tool_call');
    // 'dropped' loses the connection after the first event; otherwise the server leaves
    // the stream open after the result, and the client must stop on its own.
    if (run === 'dropped') return writeThenDrop(response, frame(events[0]!.event, events[0]!.data));
    return void response.write(events.map((event) => frame(event.event, event.data)).join(''));
  }
  if (url.pathname === '/v1/autopilot/stream') {
    openStream(response);
    const from = Number(request.headers['last-event-id'] ?? 0);
    const dropAfter = autopilotDropsAfter.shift();
    const upTo = dropAfter === undefined ? autopilotEvents.length : from + dropAfter;
    let text = from === 0 ? 'retry: 250\n\n' : '';
    for (let id = from + 1; id <= upTo; id++) text += frame(autopilotEvents[id - 1]!.type, autopilotEvents[id - 1], id);
    return dropAfter === undefined ? void response.end(text) : writeThenDrop(response, text);
  }
  sendJson(response, 404, { message: 'unknown' });
}

describe('Server-Sent Events, typed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(handle);
  });
  afterAll(() => server.close());
  const intentRuns = () => createIntentRunsClient({ baseUrl: server.url, apiKey: 'ir_sse' });
  const agentruntime = () => createAgentRuntimeClient({ baseUrl: server.url, token: 'pat_viewer_acme_x', tenantId: 'acme', projectId: 'p1' });
  async function collect<T>(events: AsyncIterable<T>): Promise<T[]> {
    const seen: T[] = [];
    for await (const event of events) seen.push(event);
    return seen;
  }

  it('streams a run\'s events, typed, and ends after the result though the server keeps the connection open', async () => {
    const events = await collect(streamRun(intentRuns(), runId));
    expectTypeOf(events[0]!).toEqualTypeOf<RunStreamEvent>();
    expect(events).toEqual(runEvents.filter((event) => event.event !== 'tool_call').map((event) => event.data));
    const sent = server.requests.at(-1)!;
    expect(sent.url).toBe(`/v1/runs/${runId}/sse`);
    expect(sent.headers.accept).toBe('text/event-stream');
    expect(sent.headers['x-api-key']).toBe('ir_sse');
  });

  it('asks for tool calls with includeToolCalls', async () => {
    const events = await collect(streamRun(intentRuns(), runId, { includeToolCalls: true }));
    const toolCall = events.find((event) => event.type === 'tool_call');
    expect(toolCall).toEqual(runEvents[2]!.data);
    expect(server.requests.at(-1)!.url).toBe(`/v1/runs/${runId}/sse?includeToolCalls=true`);
  });

  it('throws StreamClosedError when a run stream without event ids drops before its result', async () => {
    const seen: RunStreamEvent[] = [];
    const failure = await (async () => {
      for await (const event of streamRun(intentRuns(), 'dropped')) seen.push(event);
    })().catch((error: unknown) => error);
    expect(seen).toEqual([runEvents[0]!.data]);
    expect(failure).toBeInstanceOf(StreamClosedError);
    expect((failure as Error).message).toMatch(/^the event stream ended before its final event \(.+\); it cannot be resumed: the server sent no event id$/);
  });

  it('throws ApiError with the API\'s body when the stream is refused', async () => {
    const failure = await collect(streamRun(intentRuns(), 'missing')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(404);
    expect((failure as ApiError).body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Run missing not found' });
  });

  it('resumes a dropped autopilot stream with Last-Event-ID, after the server\'s retry delay, losing and repeating nothing', async () => {
    autopilotDropsAfter = [3, 2];
    server.requests.length = 0;
    const clock = new InstantClock();
    const events = await collect(streamAutopilot(agentruntime(), { conversationId: 'conv-1', clock }));
    expectTypeOf(events[0]!).toEqualTypeOf<AutopilotStreamEvent>();
    expect(events).toEqual(autopilotEvents);
    expect(server.requests.map((request) => request.headers['last-event-id'])).toEqual([undefined, '3', '5']);
    expect(server.requests.every((request) => request.url === '/v1/autopilot/stream?conversation_id=conv-1')).toBe(true);
    expect(server.requests.every((request) => request.headers['x-tenant-id'] === 'acme')).toBe(true);
    expect(clock.sleeps).toEqual([250, 250]);
  });

  it('gives up after maxAttempts reconnections in a row that bring no event', async () => {
    autopilotDropsAfter = [2, 0, 0, 0];
    server.requests.length = 0;
    const failure = await collect(streamAutopilot(agentruntime(), { clock: new InstantClock(), reconnect: { maxAttempts: 2 } })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StreamClosedError);
    expect((failure as Error).message).toContain('gave up resuming after event "2"');
    // the first connection, then two reconnections that bring nothing
    expect(server.requests).toHaveLength(3);
    autopilotDropsAfter = [];
  });

  it('stops reading when the caller aborts, with the caller\'s reason', async () => {
    const controller = new AbortController();
    const seen: RunStreamEvent[] = [];
    const failure = await (async () => {
      for await (const event of streamRun(intentRuns(), runId, { signal: controller.signal })) {
        seen.push(event);
        controller.abort(new Error('navigated away'));
      }
    })().catch((error: unknown) => error);
    expect((failure as Error).message).toBe('navigated away');
    expect(seen).toHaveLength(1);
  });
});
