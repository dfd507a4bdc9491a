/**
 * The fuzz phase: generated valid requests per operation, property-based on
 * fast-check. The property is "every check that applies is satisfied"; when it
 * fails, fast-check shrinks the request to a minimal failing one, and only
 * that one is reported (sent once more, recorded, with its curl command).
 */
import fc from 'fast-check';
import type { JsonObject, Operation } from '../../contract/spec.ts';
import { arbitraryFor } from '../generate/arbitrary.ts';
import type { RequestParts } from '../http.ts';
import type { Session } from '../session.ts';
import type { Exchange, TestCase } from '../types.ts';
import { opaqueTokenName } from './coverage.ts';
import { bodySchemaPointer, locatedParameters } from './pointers.ts';

export interface FuzzOptions {
  seed: number;
  maxExamples: number;
  /** Wall-clock milliseconds this operation may use (time budget). */
  timeLimitMs: number;
  /** Identity A's own path ids, where the example's name nothing on this server (see ownPath). */
  path?: Record<string, string>;
}

export interface FuzzOutcome {
  runs: number;
  failed: boolean;
  shrinks: number;
  interrupted: boolean;
}

/** A seed per operation derived from the run's seed, so that one operation's draws do not shift another's. */
export function operationSeed(seed: number, operationId: string): number {
  let hash = seed | 0;
  for (const character of operationId) hash = (Math.imul(hash, 31) + character.charCodeAt(0)) | 0;
  return hash;
}

/**
 * Requests with generated query parameters and body; path ids and header
 * parameters stay the example's (or `path`, A's own ids where the example's
 * name nothing here), so that the request names resources the server has and
 * carries the identity's context.
 */
export function requestArbitrary(session: Session, operation: Operation, path?: Record<string, string>): fc.Arbitrary<RequestParts> | undefined {
  const document = session.contract.document;
  const example = session.validRequest(operation);
  const valid = path ? { ...example, path: { ...example.path, ...path } } : example;
  const query: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredQuery: string[] = [];
  for (const { parameter, pointer } of locatedParameters(document, operation)) {
    if (parameter.in !== 'query' || opaqueTokenName.test(parameter.name)) continue;
    query[parameter.name] = arbitraryFor(parameter.schema ?? {}, { document }, [...pointer, 'schema']);
    if (parameter.required) requiredQuery.push(parameter.name);
  }
  const located = bodySchemaPointer(operation);
  const bodySchema = located ? located.schema.reduce<unknown>((node, key) => (node as JsonObject | undefined)?.[key], document) : undefined;
  const generatesBody = bodySchema !== undefined && valid.body !== undefined;
  // Nothing to generate: every request would be the example's, which the examples phase sent.
  if (!generatesBody && Object.keys(query).length === 0) return undefined;
  const body = generatesBody ? arbitraryFor(bodySchema, { document }, located!.schema) : fc.constant(valid.body);
  return fc.record({ query: fc.record(query, { requiredKeys: requiredQuery }), body }).map(({ query: generated, body: generatedBody }) => ({
    ...valid,
    query: generated as Record<string, unknown>,
    ...(generatedBody !== undefined ? { body: generatedBody } : {}),
  }));
}

export async function fuzzOperation(session: Session, operation: Operation, options: FuzzOptions, onCreated: (testCase: TestCase, exchange: Exchange) => void): Promise<FuzzOutcome> {
  const requests = requestArbitrary(session, operation, options.path);
  if (!requests) return { runs: 0, failed: false, shrinks: 0, interrupted: false };
  const caseOf = (parts: RequestParts): TestCase => ({ source: 'fuzz', operation, identity: 'a', parts, expect: 'valid', description: 'a generated valid request' });
  const applied = new Set<string>();
  // Small domains (a few enums) draw the same request again: it is answered from memory, not resent.
  const verdicts = new Map<string, boolean>();
  const property = fc.asyncProperty(requests, async (parts) => {
    const key = JSON.stringify([parts.query, parts.body]);
    const known = verdicts.get(key);
    if (known !== undefined && operation.method === 'get') return known;
    const testCase = caseOf(parts);
    const { exchange, issues } = await session.execute(testCase, { record: false });
    for (const check of session.checks) if (check.appliesTo(testCase, session.contract)) applied.add(check.name);
    onCreated(testCase, exchange);
    const holds = issues.length === 0 && exchange.response !== undefined;
    verdicts.set(key, holds);
    return holds;
  });
  const result = await fc.check(property, {
    seed: operationSeed(options.seed, operation.operationId),
    numRuns: options.maxExamples,
    interruptAfterTimeLimit: Math.max(1, options.timeLimitMs),
    markInterruptAsFailure: false,
  });
  if (result.failed && result.counterexample) {
    const [minimal] = result.counterexample;
    const testCase = { ...caseOf(minimal), description: `a generated valid request (shrunk in ${result.numShrinks} steps; fast-check seed ${result.seed}, path ${result.counterexamplePath ?? ''})` };
    await session.execute(testCase);
  } else {
    for (const name of applied) session.pass(name);
  }
  return { runs: result.numRuns, failed: result.failed, shrinks: result.numShrinks, interrupted: result.interrupted };
}
