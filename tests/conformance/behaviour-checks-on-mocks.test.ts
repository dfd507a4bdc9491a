import { describe, expect, it } from 'vitest';
import { authorizationPerOperation } from '../../conformance/checks/authorization-per-operation.ts';
import { goneMeansGone } from '../../conformance/checks/gone-means-gone.ts';
import { httpSemantics } from '../../conformance/checks/http-semantics.ts';
import { isolation } from '../../conformance/checks/isolation.ts';
import { listsHonourTheirFilters } from '../../conformance/checks/lists-honour-their-filters.ts';
import { noMassAssignment } from '../../conformance/checks/no-mass-assignment.ts';
import { undocumentedData } from '../../conformance/checks/no-undocumented-data.ts';
import { pagesAreConsistent } from '../../conformance/checks/pages-are-consistent.ts';
import { writeThenRead } from '../../conformance/checks/write-then-read.ts';
import { isWebSocket } from '../../conformance/checks/support/operations.ts';
import type { Check, TestCase } from '../../conformance/types.ts';
import { httpMethods, listOperations } from '../../contract/spec.ts';
import { freePort } from '../../mocks/lib/net.ts';
import { createMock } from '../../mocks/registry.ts';
import { serveOnNode } from '../../mocks/stateful/node.ts';
import { builtApis } from '../helpers/apis.ts';
import { findApi } from '../../apis/index.ts';
import { contextOf } from './behaviour-harness.ts';
import { newSession } from './harness.ts';

const caseChecks: Check[] = [writeThenRead, listsHonourTheirFilters, pagesAreConsistent, authorizationPerOperation, isolation, noMassAssignment, goneMeansGone, httpSemantics];

/**
 * No false failure: the stateful mocks behave as the contracts say, so every
 * behaviour check passes on every operation of every API, and every response
 * they send carries only documented data.
 */
describe.each(builtApis())('the behaviour checks on the %s mock', (api) => {
  it('find nothing, and each check judges at least one operation', async () => {
    const server = await serveOnNode(createMock(api), await freePort());
    try {
      const session = newSession(api, server.url, findApi(api).identities.conformance);
      const context = contextOf(session);
      const messages: string[] = [];
      const judged = new Set<string>();
      const send = context.send;
      context.send = async (operation, parts, identity) => {
        const exchange = await send(operation, parts, identity);
        for (const issue of undocumentedData(exchange, session.contract)) messages.push(`no undocumented data: ${exchange.operation.operationId}: ${issue.message}`);
        return exchange;
      };
      for (const operation of listOperations(api).filter((candidate) => !isWebSocket(candidate))) {
        const cases: TestCase[] = [{ source: 'examples', operation, identity: 'a', parts: session.validRequest(operation), expect: 'valid', description: 'the example request' }];
        const pathItem = session.contract.document.paths[operation.path]!;
        const undocumented = ['put', 'patch', 'delete', 'post', 'get'].find((method) => !httpMethods.some((documented) => documented === method && pathItem[documented] !== undefined));
        if (undocumented) cases.push({ ...cases[0]!, source: 'methods', method: undocumented.toUpperCase(), expect: 'any', description: 'an undocumented method' });
        for (const testCase of cases) {
          const exchange = testCase.method ? await session.call(operation, testCase.parts, 'a', testCase.method) : await context.send(operation, testCase.parts);
          for (const check of caseChecks) {
            if (!check.appliesTo(testCase, session.contract)) continue;
            judged.add(check.name);
            for (const issue of await check.judge(testCase, exchange, context)) messages.push(`${check.name}: ${operation.operationId}: ${issue.message}`);
          }
        }
      }
      expect(messages).toEqual([]);
      expect(session.findings.map((finding) => `${finding.check}: ${finding.operationId}: ${finding.message}`)).toEqual([]);
      // Runtype's lists take no query filters, but its versions and messages are filtered by their parent's path; intent-runs' only delete is an abort (x-soft-delete).
      const inapplicable: Record<string, string[]> = { 'intent-runs': ['gone means gone'] };
      expect([...judged].sort()).toEqual(caseChecks.map((check) => check.name).filter((name) => !(inapplicable[api] ?? []).includes(name)).sort());
    } finally {
      await server.close();
    }
  }, 120_000);
});
