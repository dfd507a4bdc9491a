/**
 * The stateful phase: sequences along the contract's links. For every
 * operation whose 2xx answer documents links (a create), the sequence creates
 * a resource with a generated body (the example's when the generated one is
 * refused), then follows the links: reads, the collection's list, updates,
 * reads again, the delete, and the reads once more. Each step is a case the
 * registered checks judge with the sequence so far as history; the suite's
 * invariants (write then read, gone means gone…) live in those checks.
 */
import fc from 'fast-check';
import type { Operation } from '../../contract/spec.ts';
import { arbitraryFor } from '../generate/arbitrary.ts';
import type { RequestParts } from '../http.ts';
import { documentedLinks, type FollowedLink, followableLinks, uniqueIds } from '../links.ts';
import type { Session } from '../session.ts';
import type { CaseExchange, CheckContext, Exchange, IdentityName, TestCase } from '../types.ts';
import { isSecured } from './credentials.ts';
import { operationSeed } from './fuzz.ts';
import { bodySchemaPointer } from './pointers.ts';

type Role = NonNullable<TestCase['step']>['role'];

/** A context for one sequence: the session's, with the sequence's history. */
function sequenceContext(session: Session, history: CaseExchange[]): CheckContext & { session: Session } {
  return {
    session,
    contract: session.contract,
    level: session.level,
    history,
    hasIdentity: (identity: IdentityName) => session.hasIdentity(identity),
    validRequest: (operation) => session.validRequest(operation),
    operation: (operationId) => session.operation(operationId),
    send: (operation, parts, identity) => session.send(operation, parts, identity),
    remember: (operation, path, identity) => session.remember(operation, path, identity),
    forget: (operation, path) => session.forget(operation, path),
    uniqueSuffix: () => session.uniqueSuffix(),
  };
}

/** The operations that start a sequence: a 2xx answer with links. */
export function sequenceStarts(session: Session, operations: Operation[]): Operation[] {
  return operations.filter((operation) => Object.keys(documentedLinks(session, operation)).length > 0);
}

/** A generated body for the create, reproducible from the seed. */
function generatedBody(session: Session, operation: Operation, seed: number): unknown {
  const located = bodySchemaPointer(operation);
  const valid = session.validRequest(operation);
  if (!located || valid.body === undefined) return valid.body;
  const schema = located.schema.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], session.contract.document);
  if (schema === undefined) return valid.body;
  return fc.sample(arbitraryFor(schema, { document: session.contract.document }, located.schema), { numRuns: 1, seed: operationSeed(seed, operation.operationId) })[0];
}

function roleOf(link: FollowedLink): Role {
  const method = link.target.method;
  if (method === 'get') return 'read';
  if (method === 'delete') return 'delete';
  if (method === 'patch' || method === 'put') return 'update';
  return 'other';
}

/** Runs one sequence from a create. Returns false when the create itself was never accepted. */
export async function runSequence(session: Session, create: Operation, seed: number): Promise<boolean> {
  const sequence = `${create.operationId}#${session.uniqueSuffix()}`;
  const history: CaseExchange[] = [];
  const context = sequenceContext(session, history);
  const step = async (testCase: TestCase): Promise<Exchange> => {
    const { exchange } = await session.execute(testCase, { context });
    history.push({ testCase, exchange });
    return exchange;
  };
  const valid = session.validRequest(create);
  const uniquePath = uniqueIds(valid.path, session.uniqueSuffix());
  const attempts: RequestParts[] = [
    { ...valid, path: uniquePath, ...(valid.body !== undefined ? { body: generatedBody(session, create, seed) } : {}) },
    { ...valid, path: uniquePath },
    valid,
  ];
  let created: Exchange | undefined;
  for (const parts of attempts) {
    const exchange = await step({ source: 'stateful', operation: create, identity: 'a', parts, expect: 'any', description: 'the create that starts a sequence', step: { sequence, role: 'create' } });
    const status = exchange.response?.status;
    if (status !== undefined && status >= 200 && status < 300) {
      created = exchange;
      break;
    }
  }
  if (!created) return false;
  const links = followableLinks(session, created);
  const deletes = links.filter((link) => roleOf(link) === 'delete');
  for (const link of deletes) session.remember(link.target, link.parts.path ?? {});
  const follow = (link: FollowedLink, role: Role) =>
    step({ source: 'links', operation: link.target, identity: 'a', parts: link.parts, expect: 'any', description: `link ${link.name} from ${create.operationId}`, step: { sequence, role, link: link.name } });
  const reads = links.filter((link) => roleOf(link) === 'read');
  for (const link of reads) await follow(link, 'read');
  // Without credentials, on a resource that exists: a server that skips the check would answer it, where an unknown id hides that.
  for (const link of reads.filter((candidate) => isSecured(session, candidate.target))) {
    const parts = { ...link.parts, rawHeaders: session.headersFor('none', link.parts.headers) };
    await step({ source: 'credentials', operation: link.target, identity: 'none', parts, expect: 'unauthorized', description: `link ${link.name} without credentials, on the resource just created`, step: { sequence, role: 'read', link: link.name } });
  }
  const list = collectionList(session, create);
  if (list) await step({ source: 'stateful', operation: list, identity: 'a', parts: session.validRequest(list), expect: 'any', description: `the list beside ${create.operationId}`, step: { sequence, role: 'list' } });
  for (const link of links.filter((candidate) => roleOf(candidate) === 'update')) await follow(link, 'update');
  for (const link of reads) await follow(link, 'read');
  for (const link of deletes) {
    const exchange = await follow(link, 'delete');
    const status = exchange.response?.status;
    if (status !== undefined && status >= 200 && status < 300) session.forget(link.target, link.parts.path ?? {});
  }
  if (deletes.length > 0) for (const link of reads.filter((candidate) => candidate.namesCreatedResource)) await follow(link, 'read');
  return true;
}

/** The GET on the create's own path (the collection), when the contract documents one. */
function collectionList(session: Session, create: Operation): Operation | undefined {
  if (create.method !== 'post') return undefined;
  const pathItem = session.contract.document.paths[create.path] ?? {};
  const get = pathItem.get as { operationId?: string } | undefined;
  return get?.operationId ? session.operation(get.operationId) : undefined;
}
