/**
 * AgentRuntime mock behaviours that the contract documents and the mock once got
 * wrong, seen from outside (over HTTP on 127.0.0.1): each test failed before its fix.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signWebhook } from '../../client/webhooks.ts';
import { freePort } from '../../mocks/lib/net.ts';
import { createMock } from '../../mocks/registry.ts';
import type { StatefulMock } from '../../mocks/stateful/app.ts';
import { type NodeServer, serveOnNode } from '../../mocks/stateful/node.ts';

const identity = { authorization: 'Bearer pat_admin_acme_defects', 'x-tenant-id': 'acme', 'x-project-id': 'proj-main' };
const graph = { steps: [{ id: 'draft', type: 'llm', name: 'Draft' }], edges: [] };

describe('the AgentRuntime mock, from outside', () => {
  let mock: StatefulMock;
  let server: NodeServer;
  const call = (path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${server.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...identity, ...init.headers } });

  beforeAll(async () => {
    mock = createMock('agentruntime', { deterministic: true });
    server = await serveOnNode(mock, await freePort());
  });
  afterAll(() => server.close());
  beforeEach(() => mock.reset());

  async function subscription(): Promise<{ id: string; ingress_url: string; signing_secret: string }> {
    const workflow = await (await call('/v1/workflows', { method: 'POST', body: JSON.stringify({ name: 'Leads', graph }) })).json();
    const created = await call('/v1/inbound-webhooks', { method: 'POST', body: JSON.stringify({ workflow_id: workflow.id, name: 'contact form' }) });
    expect(created.status).toBe(201);
    return created.json();
  }

  const ingest = (id: string, body: string, signature: string | undefined) =>
    call(`/v1/inbound-webhooks/${id}`, { method: 'POST', body, headers: signature === undefined ? {} : { 'x-agentruntime-signature': signature } });

  it.each([
    ['not hex', `sha256=${'z'.repeat(64)}`],
    ['too short', 'sha256=abc123'],
    ['another algorithm', `sha1=${'0'.repeat(40)}`],
    ['no prefix', '0'.repeat(64)],
    ['empty', ''],
  ])('answers a malformed X-Agentruntime-Signature (%s) with 401 invalid_signature, as any wrong signature', async (_case, signature) => {
    const hook = await subscription();
    const response = await ingest(hook.id, '{"email":"lead@example.org"}', signature);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'invalid_signature' });
  });

  it('answers an ingress without any signature with 401 invalid_signature', async () => {
    const hook = await subscription();
    const response = await ingest(hook.id, '{}', undefined);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'invalid_signature' });
  });

  it('still answers a well-formed wrong signature 401 and a right one 202', async () => {
    const hook = await subscription();
    const body = '{"email":"lead@example.org"}';
    expect((await ingest(hook.id, body, await signWebhook(body, 'not-the-secret'))).status).toBe(401);
    expect((await ingest(hook.id, body, await signWebhook(body, hook.signing_secret))).status).toBe(202);
  });

  it('hands out an ingress_url on the origin the request reached, which then accepts a signed call', async () => {
    const hook = await subscription();
    expect(hook.ingress_url).toBe(`${server.url}/v1/inbound-webhooks/${hook.id}`);
    const body = '{"form":"contact"}';
    const response = await fetch(hook.ingress_url, { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: identity.authorization, 'x-agentruntime-signature': await signWebhook(body, hook.signing_secret) } });
    expect(response.status).toBe(202);
  });

  it('answers the WebSocket route without the upgrade headers with 426 and the Error body', async () => {
    const workflow = await (await call('/v1/workflows', { method: 'POST', body: JSON.stringify({ name: 'Streamed', graph }) })).json();
    const response = await call(`/v1/workflows/${workflow.id}/stream`);
    expect(response.status).toBe(426);
    expect(await response.json()).toMatchObject({ code: 'validation_failed', message: expect.any(String), request_id: expect.any(String) });
  });

  it('answers the WebSocket route of an unknown workflow with 404', async () => {
    const response = await call('/v1/workflows/wf-missing/stream');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'not_found' });
  });
});

describe('the AgentRuntime mock in process', () => {
  it('derives ingress_url from the URL the request was made to', async () => {
    const mock = createMock('agentruntime', { deterministic: true });
    const origin = 'http://frontend.test:8080';
    const send = (path: string, body: unknown) => mock.handle(new Request(`${origin}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...identity } }));
    const workflow = await (await send('/v1/workflows', { name: 'Leads', graph })).json();
    const hook = await (await send('/v1/inbound-webhooks', { workflow_id: workflow.id, name: 'contact form' })).json();
    expect(hook.ingress_url).toBe(`${origin}/v1/inbound-webhooks/${hook.id}`);
  });
});
