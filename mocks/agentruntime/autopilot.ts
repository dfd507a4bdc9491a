import type { components } from '../../generated/agentruntime/schema.d.ts';
import type { AgentRuntimeHandlers, AgentRuntimeResult } from './store.ts';

type StreamEvent = components['schemas']['AutopilotStreamEvent'];

function sseFrame(id: number, data: StreamEvent): string {
  return `id: ${id}\nevent: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

export const handlers = {
  sendAutopilotMessage: ({ body, store }): AgentRuntimeResult<'sendAutopilotMessage'> => {
    const conversation = body.conversation_id ?? store.environment.id('apc');
    return { status: 200, body: { conversation_id: conversation, message_id: store.environment.id('apm'), reply: `You asked: ${body.message}`, stream_url: `/v1/autopilot/stream?conversation_id=${encodeURIComponent(conversation)}` } };
  },
  // A short stream: tokens, the message, done. Reconnecting with Last-Event-ID resumes after that id.
  streamAutopilot: ({ headers }): Response => {
    const reply = 'I drafted a workflow with two steps.';
    const events: StreamEvent[] = [...reply.split(' ').map((word) => ({ type: 'token' as const, text: `${word} ` })), { type: 'message', message_id: 'apm-stream', reply }, { type: 'done' }];
    const after = Number(headers.get('last-event-id') ?? '0') || 0;
    const body = events.map((event, index) => sseFrame(index + 1, event)).slice(after).join('');
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } });
  },
  proxyChatGet: ({ path }): AgentRuntimeResult<'proxyChatGet'> => ({ status: 200, body: { proxied: `GET /${path.path}`, reply: 'Hello from the chat service' } }),
  proxyChatPost: ({ path, body }): AgentRuntimeResult<'proxyChatPost'> => ({ status: 200, body: { proxied: `POST /${path.path}`, echo: body } }),
} satisfies AgentRuntimeHandlers<'sendAutopilotMessage' | 'streamAutopilot' | 'proxyChatGet' | 'proxyChatPost'>;
