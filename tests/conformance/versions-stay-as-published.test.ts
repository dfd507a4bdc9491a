/**
 * "versions stay as published": a later change of the parent leaves what a
 * version published as it was.
 */
import { describe, expect, it } from 'vitest';
import { findApi } from '../../apis/index.ts';
import { versionsStayAsPublished } from '../../conformance/checks/versions-stay-as-published.ts';
import { agentRuntimeMock } from '../../mocks/agentruntime/index.ts';
import { judgeExample } from './behaviour-harness.ts';
import { brokenMock, newSession, switchableMockServer } from './harness.ts';

const agentruntime = findApi('agentruntime').identities.conformance;
const runtype = findApi('runtype').identities.conformance;
const handlers = agentRuntimeMock.handlers as Record<string, (context: any) => any>;

describe('"versions stay as published"', () => {
  const server = switchableMockServer();

  it('passes on the mocks, whose versions are copies', async () => {
    server.fresh('agentruntime');
    expect(await judgeExample(versionsStayAsPublished, newSession('agentruntime', server.url, agentruntime), 'publishWorkflowVersion')).toEqual([]);
    server.fresh('runtype');
    expect(await judgeExample(versionsStayAsPublished, newSession('runtype', server.url, runtype), 'publishAgentVersion')).toEqual([]);
  });

  it('fails when a version shows its workflow\'s current draft', async () => {
    // The versions list joins the draft's graph instead of keeping the published copy.
    const broken = brokenMock('agentruntime', {
      listWorkflowVersions(context: any) {
        const answer = handlers.listWorkflowVersions!(context);
        const draft = handlers.getWorkflow!(context).body;
        return { ...answer, body: { ...answer.body, data: answer.body.data.map((version: any) => ({ ...version, graph: draft.graph })) } };
      },
    });
    server.use(broken.handle);
    const messages = await judgeExample(versionsStayAsPublished, newSession('agentruntime', server.url, agentruntime), 'publishWorkflowVersion');
    expect(messages).toEqual([
      expect.stringMatching(/^received graph: \{.* from GET \/v1\/workflows\/\S+\/versions\S* after PATCH \/v1\/workflows\/\S+ changed it on the getWorkflow side \/ documented \{.*, as publishWorkflowVersion answered it: a published version keeps what it published$/),
    ]);
  });
});
