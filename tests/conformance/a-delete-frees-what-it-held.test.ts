/**
 * "a delete frees what it held": after a hard delete, the create that was
 * refused with 409 while the resource lived is served again.
 */
import { describe, expect, it } from 'vitest';
import { aDeleteFreesWhatItHeld } from '../../conformance/checks/a-delete-frees-what-it-held.ts';
import { judgeExample } from './behaviour-harness.ts';
import { json, newSession, switchableMockServer } from './harness.ts';

const runflow = { a: { 'x-api-key': 'rf_frees_a' } };
const executionReviews = /\/executions\/([^/]+)\/reviews$/;

describe('"a delete frees what it held"', () => {
  const server = switchableMockServer();

  it('passes on the mock, where a deleted review leaves its execution free', async () => {
    server.fresh('runflow');
    expect(await judgeExample(aDeleteFreesWhatItHeld, newSession('runflow', server.url, runflow), 'createReview')).toEqual([]);
  });

  it('fails when the delete leaves the one-review-per-execution entry behind', async () => {
    server.fresh('runflow');
    const reviewed = new Map<string, string>();
    const held = new Set<string>();
    server.use(async (request) => {
      const path = new URL(request.url).pathname;
      const execution = request.method === 'POST' ? executionReviews.exec(path)?.[1] : undefined;
      if (execution && held.has(execution)) return json(409, { statusCode: 409, message: 'Execution already has a review', error: 'Conflict' });
      const response = await server.mock(request);
      if (execution && response.status === 201) reviewed.set(((await response.clone().json()) as { id: string }).id, execution);
      if (request.method === 'DELETE' && response.ok) {
        const id = decodeURIComponent(path.split('/').pop()!);
        if (reviewed.has(id)) held.add(reviewed.get(id)!);
      }
      return response;
    });
    expect(await judgeExample(aDeleteFreesWhatItHeld, newSession('runflow', server.url, runflow), 'createReview')).toEqual([
      expect.stringMatching(/^received 409 from POST \/api\/v1\/runtime\/v1\/observability\/executions\/\S+\/reviews after DELETE \/api\/v1\/runtime\/v1\/observability\/reviews\/\S+ answered 2\d\d \/ documented 409 only while a resource holds what the create asks for: the deleted one holds nothing, so the same create is served$/),
    ]);
  });
});
