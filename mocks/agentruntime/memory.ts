import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { type AgentRuntimeHandlers, type AgentRuntimeResult, collection, inScope, listScope, projectScope, put } from './store.ts';

type Schemas = components['schemas'];

export const handlers = {
  searchMemory: ({ body, caller, store }): AgentRuntimeResult<'searchMemory'> => {
    const words = body.query.toLowerCase().split(/\s+/);
    const results = listScope(store.memory, projectScope(caller))
      .map((item) => ({ id: item.id, text: item.text, score: words.filter((word) => item.text.toLowerCase().includes(word)).length / words.length, source: 'conversation' as const }))
      .filter((item) => item.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, body.limit ?? 10);
    return { status: 200, body: { results } };
  },
  indexConversation: ({ body, caller, store }): AgentRuntimeResult<'indexConversation'> => {
    const id = store.environment.id('mem');
    put(store.memory, store, projectScope(caller), id, { id, text: body.messages.map((message) => message.content).join('\n') });
    return { status: 202, body: { id, status: 'indexed' } };
  },
  indexFile: ({ body, caller, store }): AgentRuntimeResult<'indexFile'> => {
    const id = store.environment.id('mem');
    put(store.memory, store, projectScope(caller), id, { id, text: `${body.name}\n${body.text}` });
    return { status: 202, body: { id, status: 'indexed' } };
  },
  startExtractBatch: ({ body, caller, store }): AgentRuntimeResult<'startExtractBatch'> => {
    const job: Schemas['ExtractJob'] = { id: store.environment.id('job'), status: 'completed', processed: body.items.length, total: body.items.length, created_at: store.environment.now() };
    return { status: 202, body: put(collection(store, 'jobs'), store, projectScope(caller), job.id, job) };
  },
  getExtractJob: ({ path, caller, store }): AgentRuntimeResult<'getExtractJob'> => {
    const job = inScope(collection(store, 'jobs'), projectScope(caller), path.jobId) ?? fail(404, `Job ${path.jobId} not found`, { code: 'not_found' });
    return { status: 200, body: job };
  },
  callMemoryTool: ({ body }): AgentRuntimeResult<'callMemoryTool'> => ({ status: 200, body: { tool: body.tool, result: { ok: true, arguments: body.arguments } } }),
} satisfies AgentRuntimeHandlers<'startExtractBatch' | 'getExtractJob' | 'indexConversation' | 'indexFile' | 'searchMemory' | 'callMemoryTool'>;
