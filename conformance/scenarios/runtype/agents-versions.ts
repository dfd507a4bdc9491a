import type { Scenario } from '../../scenario.ts';

export const agentVersions: Scenario = {
  title: "Publishing an agent's versions numbers them 1, 2, … and lists them newest first",
  async run(test) {
    const agent = test.status(await test.call('createAgent', test.request('createAgent')), 201, 'the agent is created');
    const first = test.status(await test.call('publishAgentVersion', { path: { id: agent.id }, body: { note: 'first' } }), 201, 'version 1 is published');
    test.status(await test.call('updateAgent', { path: { id: agent.id }, body: { instructions: 'Answer in one sentence.' } }), 200, 'the agent is updated');
    const second = await test.call('publishAgentVersion', { path: { id: agent.id }, body: { note: 'second' } });
    const secondBody = test.status(second, 201, 'version 2 is published');
    test.that(second, first?.version === 1 && secondBody?.version === 2 && secondBody.instructions === 'Answer in one sentence.', JSON.stringify({ first: first?.version, second: secondBody?.version, instructions: secondBody?.instructions }), 'versions 1 then 2, the second a snapshot of the updated agent');
    const list = await test.call('listAgentVersions', { path: { id: agent.id } });
    const versions = test.status(list, 200, 'the versions list answers')?.data?.map((version: { version: number }) => version.version);
    test.that(list, JSON.stringify(versions) === '[2,1]', JSON.stringify(versions), '[2,1]: newest first');
    test.status(await test.call('getAgentVersion', { path: { id: agent.id, versionId: first.id } }), 200, 'a version is readable by id');
    await test.call('deleteAgent', { path: { id: agent.id } });
  },
};
