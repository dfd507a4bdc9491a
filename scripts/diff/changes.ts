/**
 * Turns the engine's flat change list into what a reviewer reads: changes grouped by
 * operation, each with its impact, rule, a plain "where", and the other operations a
 * shared component carries it to.
 */
import type { EngineChange, EngineReport, Impact } from './engine.ts';
import {
  describePlace,
  isObject,
  operationLabel,
  operationName,
  ReferenceGraph,
  splitChangePath,
  type OperationRef,
  type Reach,
} from './operations.ts';
import { valueAt } from '../../contract/json-pointer.ts';

export interface ChangeRow {
  impact: Impact;
  kind: EngineChange['kind'];
  /** Where in the operation: "response 201 body: tags", with the changed keyword after "·". */
  where: string;
  /** The engine's messages; empty when no rule rated the change (it then has the engine's default impact). */
  messages: string[];
  ruleIds: string[];
  /** Other operations that reach the same component, e.g. "getReview (response)". */
  alsoAffects: string[];
}

export interface ChangeGroup {
  /** "POST /reviews (createReview)", "path /items/{id}", "components", "document". */
  heading: string;
  operation?: OperationRef;
  rows: ChangeRow[];
}

const rank: Record<Impact, number> = { major: 3, minor: 2, patch: 1 };

export function highestImpact(impacts: Impact[]): Impact | undefined {
  return impacts.reduce<Impact | undefined>((best, impact) => (best === undefined || rank[impact] > rank[best] ? impact : best), undefined);
}

/** Groups every change of one report by the operation it belongs to. */
export function groupChanges(report: EngineReport, baseDoc: unknown, headDoc: unknown): ChangeGroup[] {
  const baseGraph = new ReferenceGraph(baseDoc);
  const headGraph = new ReferenceGraph(headDoc);
  const groups = new Map<string, ChangeGroup>();

  for (const change of report.changes) {
    // A removed thing exists only in the base; everything else is read in the revision.
    const doc = change.kind === 'removed' ? baseDoc : headDoc;
    const { operation, pathItem, rest } = splitChangePath(change.path, doc);
    const heading = operation
      ? `${operationLabel(operation)}${operation.operationId ? ` (${operation.operationId})` : ''}`
      : pathItem !== undefined
        ? `path ${pathItem}`
        : rest[0] === 'components'
          ? 'components'
          : 'document';
    const group = groups.get(heading) ?? { heading, ...(operation ? { operation } : {}), rows: [] };
    groups.set(heading, group);

    let where: string;
    if (operation) where = describePlace(rest, valueAt(doc, ['paths', operation.path, operation.method]));
    else where = rest.length === 0 ? (pathItem !== undefined ? 'the path' : 'the document') : rest.join('/');
    if (change.kind === 'modified' && change.property !== undefined) where += ` · ${change.property}`;

    const reaches = [
      ...(change.base ? baseGraph.operationsReaching(change.base.pointer) : []),
      ...(change.revision ? headGraph.operationsReaching(change.revision.pointer) : []),
      ...(pathItem !== undefined && rest.length === 0 ? operationsOfPath(doc, pathItem) : []),
    ];
    group.rows.push({
      impact: change.impact,
      kind: change.kind,
      where,
      messages: change.verdicts.map((verdict) => verdict.message),
      ruleIds: [...new Set(change.verdicts.map((verdict) => verdict.ruleId))],
      alsoAffects: describeReaches(reaches, operation),
    });
  }

  for (const group of groups.values()) group.rows.sort((a, b) => rank[b.impact] - rank[a.impact]);
  const order = (group: ChangeGroup) => (group.operation ? 0 : group.heading.startsWith('path ') ? 1 : 2);
  return [...groups.values()].sort((a, b) => order(a) - order(b) || a.heading.localeCompare(b.heading));
}

function operationsOfPath(doc: unknown, apiPath: string): Reach[] {
  const pathItem = valueAt(doc, ['paths', apiPath]);
  if (!isObject(pathItem)) return [];
  return Object.entries(pathItem)
    .filter(([, value]) => isObject(value) && typeof value.responses === 'object')
    .map(([method, value]) => ({
      method,
      path: apiPath,
      ...(isObject(value) && typeof value.operationId === 'string' ? { operationId: value.operationId } : {}),
      directions: [],
    }));
}

function describeReaches(reaches: Reach[], except: OperationRef | undefined): string[] {
  const merged = new Map<string, Reach>();
  for (const reach of reaches) {
    const key = operationLabel(reach);
    if (except && key === operationLabel(except)) continue;
    const known = merged.get(key);
    if (known) known.directions = [...new Set([...known.directions, ...reach.directions])];
    else merged.set(key, { ...reach, directions: [...reach.directions] });
  }
  return [...merged.values()]
    .sort((a, b) => operationLabel(a).localeCompare(operationLabel(b)))
    .map((reach) => (reach.directions.length > 0 ? `${operationName(reach)} (${reach.directions.sort().join(', ')})` : operationName(reach)));
}

/** The engine's words ("Property `tags` of `Review` was removed."), or the bare kind for a change no rule rated. */
export function describeRow(row: ChangeRow): string {
  return row.messages.length > 0 ? row.messages.join(' ') : row.kind;
}
