/**
 * Which ids the coverage phase's body cases name. A case that names the
 * example's own ids can be refused for a reason that has nothing to do with its
 * body: the resource already exists (a create keyed by its path answers 409) or
 * does not exist here (404). Either would pass for the refusal of a bad body, so
 * body cases are moved onto ids where the body is what is judged. Path
 * parameter cases keep the ids they test.
 */
import type { Operation } from '../../contract/spec.ts';
import { documentsStatus } from '../checks/support/operations.ts';
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
  if (valid.body === undefined || Object.keys(valid.path ?? {}).length === 0 || baseline === undefined) return unchanged;
  if (baseline >= 200 && baseline < 300) return ownIdsPerCase(session, operation, valid);
  if (baseline === 404) return existingIds(session, operation, valid, operations);
  return unchanged;
}
