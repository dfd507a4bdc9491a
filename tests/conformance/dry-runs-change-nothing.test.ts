/**
 * "dry runs change nothing": an operation the contract marks `x-dry-run` leaves
 * every route under its resource as it was.
 */
import { describe, expect, it } from 'vitest';
import { findApi } from '../../apis/index.ts';
import { dryRunsChangeNothing } from '../../conformance/checks/dry-runs-change-nothing.ts';
import { agentRuntimeMock } from '../../mocks/agentruntime/index.ts';
import { brokenMock, newSession, switchableMockServer } from './harness.ts';

const agentruntime = findApi('agentruntime').identities.conformance;
const handlers = agentRuntimeMock.handlers as Record<string, (context: any) => any>;

async function atTheEnd(url: string): Promise<string[]> {
  const session = newSession('agentruntime', url, agentruntime);
  return (await dryRunsChangeNothing.atCheckpoint!('end', session)).map((issue) => issue.message);
}

describe('"dry runs change nothing"', () => {
  const server = switchableMockServer();

  it('passes on the mock, whose validation only reads the draft', async () => {
    server.fresh('agentruntime');
    expect(await atTheEnd(server.url)).toEqual([]);
  });

  it('fails when a validation that passes also publishes the draft', async () => {
    const broken = brokenMock('agentruntime', {
      validateWorkflow: (context: any) => {
        const answer = handlers.validateWorkflow!(context);
        handlers.publishWorkflowVersion!({ ...context, body: {} });
        return answer;
      },
    });
    server.use(broken.handle);
    const messages = await atTheEnd(server.url);
    expect(messages).toContainEqual(
      expect.stringMatching(/^received status: "published" from GET \/v1\/workflows\/\S+ after POST \/v1\/workflows\/\S+\/validate answered 200 \/ documented "draft", as read twice before it: getWorkflow is left as it was by validateWorkflow, a dry run that applies nothing$/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/^received data: \[\{"id":"wfv-.*from GET \/v1\/workflows\/\S+\/versions after .* \/ documented \[\], as read twice before it: listWorkflowVersions is left/));
  });
});
