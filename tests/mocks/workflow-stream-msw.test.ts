/**
 * The workflow WebSocket answered inside MSW, as in a browser: MSW intercepts the
 * WebSocket the typed client opens, and the mock streams a started run's events.
 * Node 20 has no global WebSocket for MSW to intercept, so `ws`'s class stands in as
 * the global that MSW replaces (nothing is ever connected through it).
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunEvent } from '../../client/agentruntime-client.ts';
import { openWorkflowStream } from '../../client/agentruntime-streams.ts';
import { createMock } from '../../mocks/registry.ts';
import { mockSocketLink, refusedCloseCodeBase } from '../../mocks/stateful/msw-sockets.ts';

const baseUrl = 'http://agentruntime.mock.test';
const identity = { authorization: 'Bearer pat_admin_acme_msw', 'x-tenant-id': 'acme', 'x-project-id': 'proj-main' };
const graph = { steps: [{ id: 'draft', type: 'llm', name: 'Draft' }, { id: 'send', type: 'llm', name: 'Send' }], edges: [{ from: 'draft', to: 'send' }] };

describe('the workflow stream inside MSW', () => {
  const mock = createMock('agentruntime');
  const globals = globalThis as { WebSocket?: unknown };
  const hadWebSocket = 'WebSocket' in globals;
  let server: ReturnType<typeof setupServer>;
  const call = async (path: string, body: unknown) =>
    (await mock.handle(new Request(`${baseUrl}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...identity } }))).json();

  beforeAll(() => {
    if (!hadWebSocket) globals.WebSocket = WebSocket;
    // The page has no session cookie here: the handshake headers come from the link's options, as a page would give them.
    server = setupServer(mockSocketLink(mock, 'ws://agentruntime.mock.test/v1/workflows/:id/stream', { headers: identity }));
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => {
    server.close();
    if (!hadWebSocket) delete globals.WebSocket;
  });

  it("receives a started run's events", async () => {
    const workflow = await call('/v1/workflows', { name: 'In the page', graph });
    // No WebSocket option: the client takes the global one, which MSW intercepts.
    const stream = openWorkflowStream({ baseUrl, token: 'pat_admin_acme_msw', tenantId: 'acme', projectId: 'proj-main', workflowId: workflow.id });
    await stream.opened;
    const run = await call(`/v1/workflows/${workflow.id}/command`, { command: 'start' });
    const events: RunEvent[] = [];
    for await (const event of stream) {
      events.push(event);
      if (event.event_type === 'state_changed' && (event.data as { to?: string }).to === 'completed') break;
    }
    expect(events.map((event) => [event.event_type, event.step_id])).toEqual([
      ['run_started', null],
      ['state_changed', null],
      ['step_started', 'draft'],
      ['step_completed', 'draft'],
      ['step_started', 'send'],
      ['step_completed', 'send'],
      ['state_changed', null],
    ]);
    expect(events.every((event) => event.run_id === run.id)).toBe(true);
  });

  it('closes a refused socket with 4000 + the status (a browser cannot see it otherwise)', async () => {
    const stream = openWorkflowStream({ baseUrl, token: 'pat_admin_acme_msw', tenantId: 'acme', projectId: 'proj-main', workflowId: 'wf-missing' });
    await expect((async () => {
      for await (const _event of stream) void _event;
    })()).rejects.toThrow(new RegExp(`code ${refusedCloseCodeBase + 404}`));
  });
});
