import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { WebSocket, WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import { openWorkflowStream, type RunEvent } from '../../client/agentruntime.ts';
import { openTypedWebSocket, WebSocketClosedError, type WebSocketConstructor } from '../../client/websocket.ts';

const runEvents: RunEvent[] = [
  { id: 'ev-1', run_id: 'run-1', step_id: null, event_type: 'run_started', created_at: '2026-05-20T12:00:00.000Z' },
  { id: 'ev-2', run_id: 'run-1', step_id: 'draft', event_type: 'step_started', created_at: '2026-05-20T12:00:01.000Z' },
  { id: 'ev-3', run_id: 'run-1', step_id: 'draft', event_type: 'step_completed', data: { skipped: true, reason: 'blocked' }, created_at: '2026-05-20T12:00:02.000Z' },
];

// A real WebSocket server on 127.0.0.1. What each connection gets depends on its path.
let wss: WebSocketServer;
let url: string;
const handshakes: IncomingMessage[] = [];
const closedByClient: number[] = [];

function onConnection(socket: ServerSocket, request: IncomingMessage): void {
  socket.on('close', (code) => closedByClient.push(code));
  const path = request.url ?? '';
  if (path === '/v1/workflows/wf-1/stream') {
    for (const event of runEvents) socket.send(JSON.stringify(event));
    socket.close(1000, 'run finished');
  } else if (path === '/v1/workflows/wf-crash/stream') {
    socket.send(JSON.stringify(runEvents[0]), () => socket.terminate());
  } else if (path === '/binary') {
    socket.send(Buffer.from(JSON.stringify({ hello: 'binary' })), { binary: true });
  } else if (path === '/echo') {
    socket.on('message', (data) => socket.send(data.toString()));
  } else if (path === '/endless') {
    socket.send(JSON.stringify({ n: 1 }));
    socket.send(JSON.stringify({ n: 2 }));
  }
}

beforeAll(async () => {
  wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    verifyClient: ({ req }, done) => {
      handshakes.push(req);
      if (req.url?.includes('wf-forbidden')) return done(false, 403, 'Forbidden');
      done(true);
    },
  });
  wss.on('connection', onConnection);
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  url = `http://127.0.0.1:${(wss.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => {
  for (const client of wss.clients) client.terminate();
  wss.close(() => resolve());
}));

async function collect<T>(messages: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = [];
  for await (const message of messages) seen.push(message);
  return seen;
}

describe('the typed WebSocket, in Node with the ws package', () => {
  it('reads the workflow stream\'s RunEvent frames, typed, sending the PAT and tenant on the handshake', async () => {
    const stream = openWorkflowStream({ baseUrl: url, token: 'pat_viewer_acme_x', tenantId: 'acme', projectId: 'p1', workflowId: 'wf-1', WebSocket });
    const events = await collect(stream);
    expectTypeOf(events[0]!).toEqualTypeOf<RunEvent>();
    expect(events).toEqual(runEvents);
    const handshake = handshakes.at(-1)!;
    expect(handshake.url).toBe('/v1/workflows/wf-1/stream');
    expect(handshake.headers.authorization).toBe('Bearer pat_viewer_acme_x');
    expect(handshake.headers['x-tenant-id']).toBe('acme');
    expect(handshake.headers['x-project-id']).toBe('p1');
  });

  it('throws WebSocketClosedError with the code when the connection is lost, after the frames received', async () => {
    const seen: RunEvent[] = [];
    const failure = await (async () => {
      for await (const event of openWorkflowStream({ baseUrl: url, token: 'pat_x', tenantId: 'acme', workflowId: 'wf-crash', WebSocket })) seen.push(event);
    })().catch((error: unknown) => error);
    expect(seen).toEqual([runEvents[0]]);
    expect(failure).toBeInstanceOf(WebSocketClosedError);
    expect((failure as WebSocketClosedError).code).toBe(1006);
  });

  it('rejects `opened` and the iteration when the handshake is refused', async () => {
    const stream = openWorkflowStream({ baseUrl: url, token: 'pat_x', tenantId: 'acme', workflowId: 'wf-forbidden', WebSocket });
    await expect(stream.opened).rejects.toThrow(`could not open the WebSocket ${url.replace('http', 'ws')}/v1/workflows/wf-forbidden/stream: Unexpected server response: 403`);
    await expect(collect(stream)).rejects.toBeInstanceOf(WebSocketClosedError);
  });

  it('sends typed messages as JSON text and ends the iteration on close()', async () => {
    const socket = openTypedWebSocket<{ echo: number }, { echo: number }>({ url: `${url}/echo`, WebSocket });
    await socket.opened;
    socket.send({ echo: 1 });
    socket.send({ echo: 2 });
    const seen: number[] = [];
    for await (const message of socket) {
      seen.push(message.echo);
      if (seen.length === 2) socket.close();
    }
    expect(seen).toEqual([1, 2]);
  });

  it('decodes a binary frame as UTF-8 JSON', async () => {
    const socket = openTypedWebSocket<{ hello: string }>({ url: `${url}/binary`, WebSocket });
    for await (const message of socket) {
      expect(message).toEqual({ hello: 'binary' });
      break;
    }
  });

  it('closes the socket normally when the loop is left early', async () => {
    const before = closedByClient.length;
    for await (const message of openTypedWebSocket<{ n: number }>({ url: `${url}/endless`, WebSocket })) {
      expect(message.n).toBe(1);
      break;
    }
    while (closedByClient.length === before) await new Promise((resolve) => setImmediate(resolve));
    expect(closedByClient.at(-1)).toBe(1000);
  });

  it('accepts the browser\'s WebSocket class as well as the ws package\'s (checked by the compiler)', () => {
    expectTypeOf<typeof globalThis.WebSocket>().toExtend<WebSocketConstructor>();
    expectTypeOf<typeof WebSocket>().toExtend<WebSocketConstructor>();
  });

  it('says what to pass when the runtime has no WebSocket', () => {
    const global = globalThis as { WebSocket?: unknown };
    const saved = global.WebSocket;
    global.WebSocket = undefined;
    try {
      expect(() => openTypedWebSocket({ url: `${url}/echo` })).toThrow(
        'no WebSocket implementation: this runtime has no global WebSocket; pass one as `WebSocket` (in Node 20: the `ws` package)',
      );
    } finally {
      global.WebSocket = saved;
    }
  });
});
