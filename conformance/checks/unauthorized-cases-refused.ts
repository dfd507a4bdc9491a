import { defineCheck } from '../registry.ts';
import type { CheckContext, Exchange, Issue, TestCase } from '../types.ts';
import { ownRequestFor } from './support/own-values.ts';
import { named } from './support/resources.ts';
import { referenceOperation, securityPointer } from './support/security.ts';

/** Per run, the reference answers already asked for, by operation and credentials: one request each at most. */
const referenceAnswers = new WeakMap<CheckContext, Map<string, Promise<Exchange | undefined>>>();

/** The headers of a case that are not the operation's own: the identity's context and the credentials under test. */
function credentialHeaders(testCase: TestCase, context: CheckContext): Record<string, string> {
  const own = new Set(Object.keys(context.validRequest(testCase.operation).headers ?? {}).map((name) => name.toLowerCase()));
  return Object.fromEntries(Object.entries(testCase.parts.rawHeaders ?? {}).filter(([name]) => !own.has(name.toLowerCase())));
}

/**
 * The same credentials on another operation that takes them (see
 * referenceOperation), asked once per run: a 401 there shows that the server
 * tells unknown credentials from its own.
 */
function askReference(testCase: TestCase, context: CheckContext): Promise<Exchange | undefined> {
  const reference = referenceOperation(context.contract.api, context.contract.document, testCase.operation);
  if (!reference) return Promise.resolve(undefined);
  const headers = credentialHeaders(testCase, context);
  let answers = referenceAnswers.get(context);
  if (!answers) referenceAnswers.set(context, (answers = new Map()));
  const key = `${reference.operationId} ${JSON.stringify(headers)}`;
  let answer = answers.get(key);
  if (!answer) {
    const valid = context.validRequest(reference);
    answer = context.send(reference, { ...valid, rawHeaders: { ...valid.headers, ...headers } }, 'none');
    answers.set(key, answer);
  }
  return answer;
}

export const unauthorizedCasesRefused = defineCheck({
  name: 'missing or invalid credentials rejected',
  description:
    'An operation that documents a security requirement answers 401 to a request without credentials, and (full level) to one whose credentials are malformed for their scheme, and to unknown credentials shaped like identity A\'s wherever the server refuses those on another operation (a server may open an account for any key).',
  level: 'schema',
  appliesTo: (testCase) => testCase.expect === 'unauthorized',
  async judge(testCase, exchange, context) {
    const status = exchange.response!.status;
    if (status === 401) return testCase.credentials === 'missing' && context.level === 'full' ? withOwnValues(testCase, context) : [];
    if (testCase.credentials === 'unknown') {
      const reference = await askReference(testCase, context);
      if (reference?.response?.status !== 401) return [];
      return [issue(testCase, status, `received ${status} ${testCase.description} / documented 401, as ${named(reference)} answered to the same credentials`)];
    }
    return [issue(testCase, status, `received ${status} ${testCase.description} / documented 401`)];
  },
});

type ExampleSource = { exampleExchange?(operation: TestCase['operation']): Promise<Exchange> };

/** How the operation's example request was answered to identity A, where the run has it (the engine's context is the session, or wraps one). */
function exampleAnswer(testCase: TestCase, context: CheckContext): Promise<Exchange> | undefined {
  const source = (context as ExampleSource).exampleExchange ? (context as ExampleSource) : (context as { session?: ExampleSource }).session;
  return source?.exampleExchange?.(testCase.operation);
}

/**
 * An example that names ids or tokens the server never issued is refused
 * before any route serves it, with or without credentials: a 401 for it shows
 * nothing of the guard. Where A's own example was refused so (a 4xx), the
 * probe is sent again with A's own values in its path and required query
 * (a token of A's run, an id A created), still without credentials.
 */
async function withOwnValues(testCase: TestCase, context: CheckContext): Promise<Issue[]> {
  const answer = (await exampleAnswer(testCase, context))?.response?.status;
  if (answer === undefined || answer < 400 || answer >= 500 || answer === 401) return [];
  const own = await ownRequestFor(context, testCase.operation);
  if (!own) return [];
  const probe = await context.send(testCase.operation, { ...own, rawHeaders: testCase.parts.rawHeaders ?? {} }, 'none');
  const status = probe.response?.status;
  if (status === undefined || status === 401) return [];
  const found = issue(testCase, status, `received ${status} from ${named(probe)} without credentials, on values of identity A's own data / documented 401`);
  return [{ ...found, exchange: probe }];
}

/**
 * Served, the request broke the security requirement itself (an error unless
 * it or the operation is designed), whatever the answer's own provenance;
 * refused with another status, it broke the documented 401.
 */
function issue(testCase: TestCase, status: number, message: string): Issue {
  if (status < 400) return { message, constraint: { pointer: securityPointer(testCase.operation) } };
  return { message, documentedStatus: 401 };
}
