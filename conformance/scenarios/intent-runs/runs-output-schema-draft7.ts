import type { Scenario } from '../../scenario.ts';

export const outputSchemaDraft7: Scenario = {
  title: 'An outputSchema that is not a JSON Schema draft-7 document is refused with 400',
  async run(test) {
    const base = test.request('createRun');
    const refused = await test.call('createRun', { ...base, body: { ...(base.body as object), outputSchema: { type: 'not-a-type', properties: 'nope' } } });
    test.status(refused, 400, 'outputSchema must be a JSON Schema draft-7 document');
    const accepted = await test.call('createRun', { ...base, body: { ...(base.body as object), outputSchema: { type: 'object', properties: { total: { type: 'number' } }, required: ['total'] } } });
    test.status(accepted, 201, 'a valid draft-7 schema is accepted');
  },
};
