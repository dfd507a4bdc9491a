/**
 * Which ids the coverage phase's body cases name. A case that names the
 * example's own ids can be refused for a reason that has nothing to do with its
 * body: the resource already exists (a create keyed by its path answers 409) or
 * does not exist here (404). Either would pass for the refusal of a bad body, so
 * body cases are moved onto ids where the body is what is judged. Path
 * parameter cases keep the ids they test. Where no create's links reach the
 * operation, the body and query cases go to identity A's own ids (ownPath).
 */
import type { Operation } from '../../contract/spec.ts';
import { documentsStatus } from '../checks/support/operations.ts';
import { ownRequestFor } from '../checks/support/own-values.ts';
import type { RequestParts } from '../http.ts';
import { createForLinks, documentedLinks, followableLinks, rememberCreated, uniqueIds } from '../links.ts';
import type { Session } from '../session.ts';
import type { TestCase } from '../types.ts';

type Placement = (testCase: TestCase) => TestCase;

const unchanged: Placement = (testCase) => testCase;

/** Moves the cases that name the example's own path ids onto the ids `pathFor` gives. */
function movedFrom(valid: RequestParts, pathFor: () => Record<string, string>): Placement {
  const names = Object.keys(valid.path ?? {});
  const namesExample = (parts: RequestParts) => names.every((name) => parts.path?.[name] === valid.path![name]);
  return (testCase) => (namesExample(testCase.parts) ? { ...testCase, parts: { ...testCase.parts, path: { ...testCase.parts.path, ...pathFor() } } } : testCase);
}

/** A create keyed by its path: each body case gets ids of its own, when the server takes new ids there. */
async function ownIdsPerCase(session: Session, operation: Operation, valid: RequestParts): Promise<Placement> {
  if (operation.method !== 'post' || !documentsStatus(operation, 409)) return unchanged;
  const probe = await session.call(operation, { ...valid, path: uniqueIds(valid.path, session.uniqueSuffix()) });
  rememberCreated(session, probe);
  const status = probe.response?.status;
  if (status === undefined || status < 200 || status >= 300) return unchanged;
  return movedFrom(valid, () => uniqueIds(valid.path, session.uniqueSuffix()));
}

/** An example id this server does not have: the body cases go to a resource made by a create whose links reach the operation. */
async function existingIds(session: Session, operation: Operation, valid: RequestParts, operations: Operation[]): Promise<Placement> {
  for (const create of operations) {
    if (!Object.values(documentedLinks(session, create)).some((link) => link.operationId === operation.operationId)) continue;
    const created = await createForLinks(session, create);
    if (!created) continue;
    rememberCreated(session, created);
    const path = followableLinks(session, created).find((link) => link.target.operationId === operation.operationId)?.parts.path;
    if (path) return movedFrom(valid, () => path);
  }
  return unchanged;
}

/** The placement of an operation's coverage cases, from how its example request was answered (`baseline`). */
export async function coverageIds(session: Session, operation: Operation, operations: Operation[], baseline: number | undefined): Promise<Placement> {
  const valid = session.validRequest(operation);
  if (Object.keys(valid.path ?? {}).length === 0 || baseline === undefined) return unchanged;
  if (baseline >= 200 && baseline < 300) return valid.body === undefined ? unchanged : ownIdsPerCase(session, operation, valid);
  if (baseline !== 404) return unchanged;
  if (valid.body !== undefined) {
    const linked = await existingIds(session, operation, valid, operations);
    if (linked !== unchanged) return linked;
  }
  const own = await ownPath(session, operation);
  return own ? movedFrom(valid, () => own.path) : unchanged;
}

/**
 * Identity A's own ids for an operation whose example names ids this server
 * never issued (its example answered 404), and how the example request fares
 * on them: found once per run through the operation's sources (a create whose
 * links reach it, the create on an ancestor path, a field of the parameter's
 * name; see ownRequestFor). Without them every case of the operation would
 * be answered 404 and judge nothing but that. A DELETE keeps the example's
 * ids: a run that deleted what it found would leave later checks nothing.
 */
export function ownPath(session: Session, operation: Operation): Promise<{ path: Record<string, string>; accepted: boolean } | undefined> {
  let found = ownPaths.get(session)?.get(operation.operationId);
  if (found) return found;
  found = (async () => {
    if (operation.method === 'delete' || session.level !== 'full' || !operation.parameters.some((parameter) => parameter.in === 'path')) return undefined;
    const parts = await ownRequestFor(session, operation, { owner: `cases of ${operation.operationId}` });
    if (!parts?.path) return undefined;
    const sent = await session.call(operation, { ...session.validRequest(operation), path: parts.path });
    const status = sent.response?.status;
    return { path: parts.path, accepted: status !== undefined && status >= 200 && status < 300 };
  })();
  if (!ownPaths.has(session)) ownPaths.set(session, new Map());
  ownPaths.get(session)!.set(operation.operationId, found);
  return found;
}

const ownPaths = new WeakMap<Session, Map<string, Promise<{ path: Record<string, string>; accepted: boolean } | undefined>>>();
