import type { Scenario } from '../../scenario.ts';

export const workflowLifecycle: Scenario = {
  title: 'A workflow is created, validated as a dry run (a broken graph is a 422), updated, published as numbered versions, and archived (not deleted) by DELETE',
  async run(test) {
    const created = test.status(await test.call('createWorkflow', { body: { name: test.unique('wf'), graph: { steps: [{ id: 'a', type: 'llm', name: 'A' }], edges: [{ from: 'a', to: 'missing' }] } } }), 201, 'the workflow is created');
    const dryRun = await test.call('validateWorkflow', { path: { id: created.id } });
    // The documentation: "422 often signals validation errors from dry-run or graph checks".
    test.status(dryRun, 422, 'a dry run of a graph with an edge to an unknown step fails');
    test.status(await test.call('publishWorkflowVersion', { path: { id: created.id }, body: {} }), 422, 'an invalid graph is not published');
    test.status(await test.call('updateWorkflow', { path: { id: created.id }, body: { graph: { steps: [{ id: 'a', type: 'llm', name: 'A' }], edges: [] } } }), 200, 'the draft graph is updated');
    const passing = await test.call('validateWorkflow', { path: { id: created.id } });
    test.that(passing, test.status(passing, 200, 'a dry run of a sound graph passes')?.valid === true, JSON.stringify(passing.response?.json), 'valid: true');
    const v1 = test.status(await test.call('publishWorkflowVersion', { path: { id: created.id }, body: { notes: 'first' } }), 201, 'version 1 is published');
    const v2 = test.status(await test.call('publishWorkflowVersion', { path: { id: created.id }, body: { notes: 'second' } }), 201, 'version 2 is published');
    const versions = await test.call('listWorkflowVersions', { path: { id: created.id } });
    const numbers = test.status(versions, 200, 'versions are listed')?.data?.map((version: { version: number }) => version.version).sort();
    test.that(versions, v1.version === 1 && v2.version === 2 && JSON.stringify(numbers) === '[1,2]', JSON.stringify(numbers), 'versions 1 and 2');
    const archived = await test.call('archiveWorkflow', { path: { id: created.id } });
    test.that(archived, test.status(archived, 200, 'DELETE archives')?.status === 'archived', String(archived.response?.json && (archived.response.json as { status?: string }).status), 'status archived');
    const read = await test.call('getWorkflow', { path: { id: created.id } });
    test.that(read, test.status(read, 200, 'an archived workflow stays readable')?.status === 'archived', 'not archived', 'status archived when read back');
  },
};
