/**
 * The workflow WebSocket (`/v1/workflows/{id}/stream`) served by the Node mock:
 * the typed client receives a started run's events as the run advances, and a
 * handshake is refused like any request (401, 403, 404) before anything is upgraded.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunEvent } from '../../client/agentruntime-client.ts';
import { openWorkflowStream } from '../../client/agentruntime-streams.ts';
import { freePort } from '../../mocks/lib/net.ts';
import { createMock } from '../../mocks/registry.ts';
import type { StatefulMock } from '../../mocks/stateful/app.ts';
import { type NodeServer, serveOnNode } from '../../mocks/stateful/node.ts';

const tenant = 'acme';
const project = 'proj-main';
const token = 'pat_viewer_acme_stream';
const admin = { authorization: 'Bearer pat_admin_acme_stream', 'x-tenant-id': tenant, 'x-project-id': project, 'content-type': 'application/json' };
const graph = {
  steps: [
    { id: 'draft', type: 'llm', name: 'Draft' },
    { id: 'approve', type: 'human_task', name: 'Approve' },
  ],
  edges: [{ from: 'draft', to: 'approve' }],
};

describe('the workflow stream of the Node mock', () => {
  let mock: StatefulMock;
  let server: NodeServer;
  const post = async (path: string, body: unknown, headers: Record<string, string> = admin) => {
    const response = await fetch(`${server.url}${path}`, { method: 'POST', body: JSON.stringify(body), headers });
    expect(response.status, `${path}: ${response.status}`).toBeLessThan(300);
    return response.json();
  };
  const open = (workflowId: string) => openWorkflowStream({ baseUrl: server.url, token, tenantId: tenant, projectId: project, workflowId, WebSocket });

  /** Reads the stream until `until` says the last wanted event came (not with `for await`: leaving that loop would close the socket). */
  async function collect(stream: AsyncIterable<RunEvent>, until: (event: RunEvent) => boolean): Promise<RunEvent[]> {
    const iterator = iteratorOf(stream);
    const events: RunEvent[] = [];
    for (;;) {
      const next = await iterator.next();
      if (next.done) return events;
      events.push(next.value);
      if (until(next.value)) return events;
    }
  }
  const iterators = new WeakMap<AsyncIterable<RunEvent>, AsyncIterator<RunEvent>>();
  function iteratorOf(stream: AsyncIterable<RunEvent>): AsyncIterator<RunEvent> {
    let iterator = iterators.get(stream);
    if (!iterator) {
      iterator = stream[Symbol.asyncIterator]();
      iterators.set(stream, iterator);
    }
    return iterator;
  }
  const reaches = (status: string) => (event: RunEvent) => event.event_type === 'state_changed' && (event.data as { to?: string }).to === status;

  beforeAll(async () => {
    mock = createMock('agentruntime');
    server = await serveOnNode(mock, await freePort());
  });
  afterAll(() => server.close());
  beforeEach(() => mock.reset());

  it('sends a started run its events as it advances: start, steps, the human task, completion', async () => {
    const workflow = await post('/v1/workflows', { name: 'Streamed', graph });
    const stream = open(workflow.id);
    await stream.opened;

    const run = await post(`/v1/workflows/${workflow.id}/command`, { command: 'start' });
    const untilTask = await collect(stream, (event) => event.event_type === 'step_started' && event.step_id === 'approve');
    expect(untilTask.map((event) => [event.event_type, event.step_id])).toEqual([
      ['run_started', null],
      ['state_changed', null],
      ['step_started', 'draft'],
      ['step_completed', 'draft'],
      ['step_started', 'approve'],
    ]);
    expect(untilTask.every((event) => event.run_id === run.id)).toBe(true);

    // The run waits for its human task; completing it over HTTP streams the rest.
    const tasks = await (await fetch(`${server.url}/v1/workflows/${workflow.id}/runs/${run.id}/tasks/pending`, { headers: admin })).json();
    await post(`/v1/workflows/${workflow.id}/runs/${run.id}/tasks/${tasks.data[0].id}/complete`, { approved: true });
    const rest = await collect(stream, reaches('completed'));
    expect(rest.map((event) => event.event_type)).toEqual(['step_completed', 'state_changed']);
    stream.close();

    // What was streamed is the run's event log, event for event.
    const log = await (await fetch(`${server.url}/v1/workflows/${workflow.id}/runs/${run.id}/events`, { headers: admin })).json();
    expect([...untilTask, ...rest]).toEqual(log.data);
  });

  it("sends only the workflow's own runs, and only its project's", async () => {
    const watched = await post('/v1/workflows', { name: 'Watched', graph: { steps: [{ id: 'only', type: 'llm', name: 'Only' }], edges: [] } });
    const other = await post('/v1/workflows', { name: 'Other', graph: { steps: [{ id: 'only', type: 'llm', name: 'Only' }], edges: [] } });
    const stream = open(watched.id);
    await stream.opened;
    await post(`/v1/workflows/${other.id}/command`, { command: 'start' });
    const run = await post(`/v1/workflows/${watched.id}/command`, { command: 'start' });
    const events = await collect(stream, reaches('completed'));
    stream.close();
    expect(new Set(events.map((event) => event.run_id))).toEqual(new Set([run.id]));
  });

  it('closes open streams when the state is reset (their runs are gone)', async () => {
    const workflow = await post('/v1/workflows', { name: 'Reset', graph });
    const stream = open(workflow.id);
    await stream.opened;
    await fetch(`${server.url}/__mock/reset`, { method: 'POST' });
    await expect(collect(stream, () => false)).rejects.toThrow(/1012/);
  });

  describe('refuses a handshake before upgrading, with the HTTP status a plain request would get', () => {
    async function handshakeStatus(workflowId: string, headers: Record<string, string>): Promise<number> {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}/v1/workflows/${workflowId}/stream`, { headers });
      return new Promise((resolve, reject) => {
        socket.on('unexpected-response', (_request, response) => {
          resolve(response.statusCode ?? 0);
          socket.terminate();
        });
        socket.on('open', () => {
          socket.close();
          reject(new Error('the handshake was accepted'));
        });
        socket.on('error', () => undefined);
      });
    }
    let workflowId: string;
    beforeEach(async () => {
      workflowId = (await post('/v1/workflows', { name: 'Guarded', graph })).id;
    });

    it('401 without a token', async () => {
      expect(await handshakeStatus(workflowId, { 'x-tenant-id': tenant, 'x-project-id': project })).toBe(401);
    });
    it("403 with another tenant's header than the token's", async () => {
      expect(await handshakeStatus(workflowId, { authorization: `Bearer ${token}`, 'x-tenant-id': 'globex', 'x-project-id': project })).toBe(403);
    });
    it("404 for an unknown workflow, and for another project's", async () => {
      expect(await handshakeStatus('wf-missing', { authorization: `Bearer ${token}`, 'x-tenant-id': tenant, 'x-project-id': project })).toBe(404);
      expect(await handshakeStatus(workflowId, { authorization: `Bearer ${token}`, 'x-tenant-id': tenant, 'x-project-id': 'proj-other' })).toBe(404);
    });
    it('the typed client reports the refusal', async () => {
      const stream = openWorkflowStream({ baseUrl: server.url, token, tenantId: tenant, projectId: project, workflowId: 'wf-missing', WebSocket });
      await expect(stream.opened).rejects.toThrow(/404/);
    });
  });
});
