/**
 * "optional context only narrows": a list that takes a context header as
 * optional holds, without it, every item it holds with it.
 */
import { describe, expect, it } from 'vitest';
import { findApi } from '../../apis/index.ts';
import { optionalContextOnlyNarrows } from '../../conformance/checks/optional-context-only-narrows.ts';
import { json, newSession, switchableMockServer } from './harness.ts';

const agentruntime = findApi('agentruntime').identities.conformance;

async function startRunAndJudge(url: string): Promise<string[]> {
  const session = newSession('agentruntime', url, agentruntime);
  const workflow = await session.call('createWorkflow', session.validRequest('createWorkflow'));
  const id = (workflow.response?.json as { id: string }).id;
  const start = session.validRequest('runWorkflowCommand');
  await session.call('runWorkflowCommand', { ...start, path: { ...start.path, id }, body: { command: 'start', params: { workflow_id: id } } });
  return (await optionalContextOnlyNarrows.atCheckpoint!('end', session)).map((issue) => issue.message);
}

describe('"optional context only narrows"', () => {
  const server = switchableMockServer();

  it('passes on the mock, whose run feed spans every project without X-Project-Id', async () => {
    server.fresh('agentruntime');
    expect(await startRunAndJudge(server.url)).toEqual([]);
  });

  it('fails when the feed asked without X-Project-Id matches no project at all', async () => {
    server.fresh('agentruntime');
    // The where clause reads `project_id = header ?? null`: without the header, nothing matches.
    server.use(async (request) => {
      const url = new URL(request.url);
      if (request.method === 'GET' && url.pathname === '/v1/runs' && !request.headers.has('x-project-id')) return json(200, { data: [], next_cursor: null });
      return server.mock(request);
    });
    expect(await startRunAndJudge(server.url)).toEqual([
      expect.stringMatching(/^received 0 items from GET \/v1\/runs\S* without X-Project-Id, none with id "[^"]+" \(1 of the 1 the list holds with X-Project-Id: proj-main\) \/ documented X-Project-Id as optional: left out, the list is not narrowed to one context, so it holds every item the narrowed list holds$/),
    ]);
  });
});
