/**
 * "every problem is reported": a refusal that lists its problems lists each.
 */
import { describe, expect, it } from 'vitest';
import { findApi } from '../../apis/index.ts';
import { everyProblemIsReported } from '../../conformance/checks/every-problem-is-reported.ts';
import { judgeExample } from './behaviour-harness.ts';
import { json, newSession, switchableMockServer } from './harness.ts';

const runtype = findApi('runtype').identities.conformance;

describe('"every problem is reported"', () => {
  const server = switchableMockServer();

  it('passes on the mock, which lists every problem of a body', async () => {
    server.fresh('runtype');
    expect(await judgeExample(everyProblemIsReported, newSession('runtype', server.url, runtype), 'createTool')).toEqual([]);
  });

  it('fails when the validator stops at the first problem', async () => {
    server.fresh('runtype');
    server.use(async (request) => {
      const response = await server.mock(request);
      if (response.status !== 400) return response;
      const body = (await response.json()) as { error: string; details: unknown[] };
      return json(400, { ...body, details: body.details.slice(0, 1) });
    });
    expect(await judgeExample(everyProblemIsReported, newSession('runtype', server.url, runtype), 'createTool')).toEqual([
      expect.stringMatching(/^received 1 details entry \(path: "\w+"\) from POST \/tools, a body without the required \w+ and \w+ \/ documented one entry per problem: \w+ missing too$/),
    ]);
  });
});
