import type { Operation } from '../../contract/spec.ts';
import type { Session } from '../../conformance/session.ts';
import type { Check, CheckContext, Exchange, IdentityName, TestCase } from '../../conformance/types.ts';
import { findApi } from '../../apis/index.ts';
import { type MockDefinition, StatefulMock } from '../../mocks/stateful/app.ts';

/** A check context over a session, as the engine gives one to checks (with the session behind it). */
export function contextOf(session: Session): CheckContext & { session: Session } {
  return {
    session,
    contract: session.contract,
    level: session.level,
    history: [],
    hasIdentity: (identity) => session.hasIdentity(identity),
    validRequest: (operation) => session.validRequest(typeof operation === 'string' ? session.operation(operation) : operation),
    operation: (operationId) => session.operation(operationId),
    send: (operation, parts = {}, identity = 'a') => session.call(operation, parts, identity),
    remember: (operation, path, identity) => session.remember(operation, path, identity),
    forget: (operation, path) => session.forget(operation, path),
    uniqueSuffix: () => session.uniqueSuffix(),
  };
}

/** The examples case of an operation, sent, and judged by one check: its issues' messages (undefined when the check does not apply). */
export async function judgeExample(check: Check, session: Session, operationId: string): Promise<string[] | undefined> {
  const operation = session.operation(operationId);
  const testCase: TestCase = { source: 'examples', operation, identity: 'a', parts: session.validRequest(operation), expect: 'valid', description: 'the example request' };
  return judgeCase(check, session, testCase);
}

export async function judgeCase(check: Check, session: Session, testCase: TestCase, exchange?: Exchange): Promise<string[] | undefined> {
  if (!check.appliesTo(testCase, session.contract)) return undefined;
  const sent = exchange ?? (await session.call(testCase.operation, testCase.parts, testCase.identity));
  const issues = await check.judge(testCase, sent, contextOf(session));
  return issues.map((issue) => issue.message);
}

/** Judges the examples case of every operation of the contract; all messages, prefixed by operation id. */
export async function judgeEveryOperation(check: Check, session: Session, operations: Operation[]): Promise<string[]> {
  const messages: string[] = [];
  for (const operation of operations) {
    for (const message of (await judgeExample(check, session, operation.operationId)) ?? []) messages.push(`${operation.operationId}: ${message}`);
  }
  return messages;
}

/** A mock whose handlers are wrapped: each wrapper gets the original handler and the handler context. */
export function mockWith(api: string, wrappers: Record<string, (original: (context: any) => unknown, context: any) => unknown>): StatefulMock {
  const definition = findApi(api).mock;
  const handlers: Record<string, unknown> = { ...definition.handlers };
  for (const [operationId, wrap] of Object.entries(wrappers)) {
    const original = (definition.handlers as Record<string, (context: any) => unknown>)[operationId]!;
    handlers[operationId] = (context: any) => wrap(original, context);
  }
  return new StatefulMock({ ...definition, handlers: handlers as MockDefinition<any, any>['handlers'] });
}

export type { IdentityName };
