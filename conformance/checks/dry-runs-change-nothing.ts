import type { JsonObject, Operation } from '../../contract/spec.ts';
import type { RequestParts } from '../http.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, ConstraintRef, Exchange, Issue } from '../types.ts';
import { operationPointer, operationsOf } from './support/contract-model.ts';
import { exemption, isWebSocket } from './support/operations.ts';
import { ownRequestFor } from './support/own-values.ts';
import { answersOnlyStreams } from './support/security.ts';
import { named } from './support/resources.ts';
import { show } from './support/values.ts';

const name = 'dry runs change nothing';

/**
 * The marker: an operation the contract documents as a dry run, a query or a
 * check that applies nothing (`x-dry-run: true`). Its provenance is the
 * operation's: `x-designed: { x-dry-run: <reason> }` where the documentation
 * does not say so itself.
 */
const marker = 'x-dry-run';

function isDryRun(operation: Operation): boolean {
  return operation.definition[marker] === true;
}

/**
 * The routes that show what a dry run could change: every GET under the
 * resource it is about. For `/workflows/{id}/validate` that is the workflow
 * and everything beneath it (`/workflows/{id}`, `/workflows/{id}/versions`);
 * for `/billing/discounts/validate`, what lives under `/billing/discounts`.
 * A view needs no path value the dry run does not have.
 */
function viewsOf(context: CheckContext, dryRun: Operation): Operation[] {
  const scope = dryRun.path.replace(/\/[^/{}]+$/, '');
  const known = new Set(dryRun.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name));
  return operationsOf(context.contract).filter(
    (view) =>
      view.method === 'get' &&
      (view.path === scope || view.path.startsWith(`${scope}/`)) &&
      !isWebSocket(view) &&
      !answersOnlyStreams(context.contract.document, view) &&
      view.parameters.every((parameter) => parameter.in !== 'path' || known.has(parameter.name)),
  );
}

/** What a view answers, as compared: its status and its body. */
interface Seen {
  exchange: Exchange;
  status: number | undefined;
  body: unknown;
}

async function look(context: CheckContext, view: Operation, path: Record<string, string>): Promise<Seen> {
  const valid = context.validRequest(view);
  const exchange = await context.send(view, { ...valid, path: { ...valid.path, ...path } });
  return { exchange, status: exchange.response?.status, body: exchange.response?.json ?? exchange.response?.text };
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** JSON pointers at which two values differ, outermost first: an array of another length, a changed scalar, a key added or removed. */
function differences(before: unknown, after: unknown, at = '', found: string[] = []): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return found;
  const bothArrays = Array.isArray(before) && Array.isArray(after);
  const bothObjects = !bothArrays && typeof before === 'object' && typeof after === 'object' && before !== null && after !== null && !Array.isArray(before) && !Array.isArray(after);
  if (bothArrays && (before as unknown[]).length === (after as unknown[]).length) {
    (before as unknown[]).forEach((item, index) => differences(item, (after as unknown[])[index], `${at}/${index}`, found));
  } else if (bothObjects) {
    const keys = new Set([...Object.keys(before as object), ...Object.keys(after as object)]);
    for (const key of keys) differences((before as JsonObject)[key], (after as JsonObject)[key], `${at}/${escape(key)}`, found);
  } else {
    found.push(at);
  }
  return found;
}

/** `/data/0/name` as a reader names it: `data[0].name`. */
function fieldName(pointer: string): string {
  const segments = pointer.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  return segments.map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function valueAt(value: unknown, pointer: string): unknown {
  let node = value;
  for (const segment of pointer.split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node;
}

/** A change the dry run made: the status, or a pointer of the body, that two reads before it agreed on and the read after it does not. */
function changeIn(before: Seen, again: Seen, after: Seen): { status: true } | { pointer: string } | undefined {
  if (before.status !== again.status) return undefined;
  if (after.status !== again.status) return { status: true };
  const moving = differences(before.body, again.body);
  const changed = differences(again.body, after.body).filter((pointer) => !moving.some((still) => pointer === still || pointer.startsWith(`${still}/`) || still.startsWith(`${pointer}/`)));
  return changed.length > 0 ? { pointer: changed[0]! } : undefined;
}

async function lookAtAll(context: CheckContext, views: Operation[], path: Record<string, string>): Promise<Seen[]> {
  const seen: Seen[] = [];
  for (const view of views) seen.push(await look(context, view, path));
  return seen;
}

async function requestFor(context: CheckContext, dryRun: Operation): Promise<RequestParts | undefined> {
  const hasPath = dryRun.parameters.some((parameter) => parameter.in === 'path');
  return hasPath ? ownRequestFor(context, dryRun, { owner: name }) : context.validRequest(dryRun);
}

async function judgeDryRun(context: CheckContext, dryRun: Operation): Promise<Issue[]> {
  const parts = await requestFor(context, dryRun);
  if (!parts) return [];
  const views = viewsOf(context, dryRun);
  if (views.length === 0) return [];
  const path = parts.path ?? {};
  // Read twice first: what differs between two reads moves on its own, and says nothing about the dry run.
  const before = await lookAtAll(context, views, path);
  const again = await lookAtAll(context, views, path);
  const ran = await context.send(dryRun, parts);
  const status = ran.response?.status;
  if (status === undefined || status >= 500) return [];
  const issues: Issue[] = [];
  for (const [index, view] of views.entries()) {
    const after = await look(context, view, path);
    const change = changeIn(before[index]!, again[index]!, after);
    if (!change) continue;
    const was = again[index]!;
    const received = 'status' in change ? `${after.status}` : `${fieldName(change.pointer) || 'the body'}: ${show(valueAt(after.body, change.pointer))}`;
    const documented = 'status' in change ? `${was.status}` : show(valueAt(was.body, change.pointer));
    issues.push({
      message: `received ${received} from ${named(after.exchange)} after ${named(ran)} answered ${status} / documented ${documented}, as read twice before it: ${view.operationId} is left as it was by ${dryRun.operationId}, a dry run that applies nothing`,
      constraint: { pointer: operationPointer(dryRun), keyword: marker, via: [operationPointer(view)] } satisfies ConstraintRef,
      exchange: after.exchange,
    });
  }
  return issues;
}

export const dryRunsChangeNothing = defineCheck({
  name,
  description:
    'Run-wide, at the end: each operation the contract marks `x-dry-run` (a dry-run validation, a query, a check that applies nothing) is sent once with identity A\'s own values, and every GET under the resource it is about is read twice before and once after: what the two reads before agreed on must read the same after.',
  level: 'full',
  appliesTo: () => false,
  judge: () => [],
  async atCheckpoint(checkpoint, context) {
    if (checkpoint !== 'end') return [];
    const issues: Issue[] = [];
    for (const operation of operationsOf(context.contract)) {
      if (isDryRun(operation) && exemption(operation, name) === undefined) issues.push(...(await judgeDryRun(context, operation)));
    }
    return issues;
  },
});
