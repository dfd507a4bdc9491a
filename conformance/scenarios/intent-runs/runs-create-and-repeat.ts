import type { Scenario } from '../../scenario.ts';

export const createAndRepeat: Scenario = {
  title: 'A run gets a generated repeatKey, and creating with that key repeats the run and sets repeatRunId, kept when read back',
  async run(test) {
    const base = test.request('createRun');
    const { repeatKey: _ignored, ...withoutKey } = base.body as Record<string, unknown>;
    const first = await test.call('createRun', { ...base, body: withoutKey });
    const created = test.status(first, 201, 'the run is created');
    test.that(first, typeof created?.repeatKey === 'string' && created.repeatKey.length > 0, JSON.stringify(created?.repeatKey), 'a generated repeatKey when none is sent');
    const again = await test.call('createRun', { ...base, body: { ...withoutKey, repeatKey: created.repeatKey } });
    const repeated = test.status(again, 201, 'the repeat is created');
    test.that(again, repeated?.repeatRunId === created.runId && repeated.runId !== created.runId, JSON.stringify({ runId: repeated?.runId, repeatRunId: repeated?.repeatRunId }), `a new run whose repeatRunId is ${created.runId}`);
    const read = await test.call('getRun', { path: { runId: repeated.runId } });
    const stored = test.status(read, 200, 'the repeat is readable');
    test.that(read, stored?.repeatRunId === created.runId, JSON.stringify(stored?.repeatRunId), `repeatRunId ${created.runId} when the repeat is read back, as its create answered`);
  },
};
