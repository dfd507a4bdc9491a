import type { Scenario } from '../../scenario.ts';

interface Detail {
  code: string;
  path: string;
}

export const validationDetails: Scenario = {
  title: 'A 400 names each problem with one of the nine stable codes and a dotted path ("" for the root)',
  async run(test) {
    const missing = await test.call('createFlow', { body: { steps: [] } });
    const missingBody = test.status(missing, 400, 'name is required');
    const details: Detail[] = missingBody?.details ?? [];
    test.that(missing, missingBody?.error === 'Validation error' && details.some((detail) => detail.code === 'MISSING_REQUIRED_FIELD' && detail.path === 'name'), JSON.stringify(missingBody), '{"error": "Validation error", "details": [{"code": "MISSING_REQUIRED_FIELD", "path": "name", …}]}');

    const nested = await test.call('createFlow', { body: { name: 'x', steps: [{ type: 'teleport', name: 'a' }] } });
    const nestedDetails: Detail[] = test.status(nested, 400, 'an unknown step type is refused')?.details ?? [];
    test.that(nested, nestedDetails.some((detail) => detail.code === 'INVALID_ENUM' && detail.path === 'steps.0.type'), JSON.stringify(nestedDetails), 'an INVALID_ENUM detail at path "steps.0.type"');

    const unknown = await test.call('createFlow', { body: { name: 'x', steps: [], colour: 'blue' } });
    const unknownDetails: Detail[] = test.status(unknown, 400, 'unknown fields are refused')?.details ?? [];
    test.that(unknown, unknownDetails.some((detail) => detail.code === 'UNRECOGNIZED_KEYS'), JSON.stringify(unknownDetails), 'an UNRECOGNIZED_KEYS detail');

    const range = await test.call('listFlows', { query: { limit: 101 } });
    const rangeDetails: Detail[] = test.status(range, 400, 'limit is at most 100')?.details ?? [];
    test.that(range, rangeDetails.some((detail) => detail.code === 'OUT_OF_RANGE' && detail.path === 'limit'), JSON.stringify(rangeDetails), 'an OUT_OF_RANGE detail at path "limit"');

    const created = test.status(await test.call('createFlow', test.request('createFlow')), 201, 'a flow is created');
    const empty = await test.call('updateFlow', { path: { id: created.id }, body: {} });
    const emptyDetails: Detail[] = test.status(empty, 400, 'an empty update is refused')?.details ?? [];
    test.that(empty, emptyDetails.some((detail) => detail.path === ''), JSON.stringify(emptyDetails), 'a detail at the root path ""');
    await test.call('deleteFlow', { path: { id: created.id } });
  },
};
