import type { Scenario } from '../../scenario.ts';

export const trainingExport: Scenario = {
  title: 'The training export puts a resolved review\'s latest correctedOutput in the assistant turn and says so in its metadata',
  async run(test) {
    const agentId = test.unique('agent');
    const base = test.request('createReview', { path: { executionId: test.unique('exec') } });
    const created = test.status(await test.call('createReview', { ...base, body: { ...(base.body as object), agentId } }), 201, 'the review is created');
    const corrected = `Corrected answer ${test.unique('text')}`;
    test.status(await test.call('updateReview', { path: { reviewId: created.id }, body: { status: 'resolved', correctedOutput: corrected } }), 200, 'the review is resolved');
    const exchange = await test.call('exportTrainingData', { query: { agentId, status: 'resolved' } });
    const body = test.status(exchange, 200, 'the export answers');
    const example = body?.training_examples?.find((candidate: { metadata?: { review_id?: string } }) => candidate.metadata?.review_id === created.id);
    test.that(exchange, body?.format === 'openai-conversational' && body?.total === body?.training_examples?.length, JSON.stringify({ format: body?.format, total: body?.total }), 'format "openai-conversational" and total equal to the examples');
    test.that(exchange, example?.messages?.at(-1)?.role === 'assistant' && example.messages.at(-1).content === corrected, JSON.stringify(example?.messages?.at(-1)), `an assistant turn with the correctedOutput "${corrected}"`);
    test.that(exchange, example?.metadata?.was_corrected === true && example.metadata.execution_id === created.executionId, JSON.stringify(example?.metadata), 'metadata with was_corrected true and the execution id');
    // A later correction reaches the next export of the same query.
    const recorrected = `Corrected again ${test.unique('text')}`;
    test.status(await test.call('updateReview', { path: { reviewId: created.id }, body: { correctedOutput: recorrected } }), 200, 'the correction is updated');
    const again = await test.call('exportTrainingData', { query: { agentId, status: 'resolved' } });
    const latest = test.status(again, 200, 'the export answers')?.training_examples?.find((candidate: { metadata?: { review_id?: string } }) => candidate.metadata?.review_id === created.id);
    test.that(again, latest?.messages?.at(-1)?.content === recorrected, JSON.stringify(latest?.messages?.at(-1)?.content), `the updated correctedOutput "${recorrected}" in the next export`);
    await test.call('deleteReview', { path: { reviewId: created.id } });
  },
};
