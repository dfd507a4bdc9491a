/**
 * The contract's designed items: every `x-designed` marker in a bundled document, by the
 * kind of node it sits on. The marker's form is kept valid by the lint rule
 * contracts/x-designed-form; this reads what that rule lets through.
 */
import { walkDocument, isObject, type JsonObject, type NodeKind, type Pointer } from './openapi-walk.ts';

export interface DesignedMarker {
  kind: NodeKind;
  pointer: Pointer;
  node: JsonObject;
  /** The whole node is designed, for this reason. */
  reason?: string;
  /** Only these keywords of the node are designed, each for its reason. */
  keywords?: Record<string, string>;
}

export const nodeKinds: NodeKind[] = ['operation', 'parameter', 'requestBody', 'response', 'header', 'schema'];

export function findDesignedMarkers(document: JsonObject): DesignedMarker[] {
  const markers: DesignedMarker[] = [];
  walkDocument(document, ({ kind, node, pointer }) => {
    const marker = node['x-designed'];
    if (typeof marker === 'string') markers.push({ kind, pointer, node, reason: marker });
    else if (isObject(marker)) {
      const keywords: Record<string, string> = {};
      for (const [keyword, reason] of Object.entries(marker)) keywords[keyword] = String(reason);
      markers.push({ kind, pointer, node, keywords });
    }
  });
  return markers;
}

export interface DesignedCount {
  total: number;
  byKind: Record<NodeKind, number>;
  /** Markers that name keywords rather than the whole node, and how many keywords they name. */
  keywordMarkers: number;
  keywords: number;
}

export function countDesigned(markers: DesignedMarker[]): DesignedCount {
  const byKind = { operation: 0, parameter: 0, requestBody: 0, response: 0, header: 0, schema: 0 };
  let keywordMarkers = 0;
  let keywords = 0;
  for (const marker of markers) {
    byKind[marker.kind] += 1;
    if (marker.keywords) {
      keywordMarkers += 1;
      keywords += Object.keys(marker.keywords).length;
    }
  }
  return { total: markers.length, byKind, keywordMarkers, keywords };
}

/** Every node of the kinds a marker may sit on: what is not marked among them is documented. */
export function countItems(document: JsonObject): number {
  let items = 0;
  walkDocument(document, () => {
    items += 1;
  });
  return items;
}

/** `…; 612 items in all, 507 documented (no marker)`: the designed count beside what it is counted among. */
export function describeProvenance(count: DesignedCount, items: number): string {
  return `${describeDesignedCount(count)}; ${items} items in all, ${items - count.total} documented (no marker)`;
}

/** Each kind's name for readers, singular and plural. */
export const nodeKindNames: Record<NodeKind, [string, string]> = {
  operation: ['operation', 'operations'],
  parameter: ['parameter', 'parameters'],
  requestBody: ['request body', 'request bodies'],
  response: ['response', 'responses'],
  header: ['header', 'headers'],
  schema: ['schema', 'schemas'],
};

/** `12 designed items: 2 operations, 0 parameters, …; 5 name keywords only (7 keywords)` */
export function describeDesignedCount(count: DesignedCount): string {
  const parts = nodeKinds.map((kind) => `${count.byKind[kind]} ${nodeKindNames[kind][count.byKind[kind] === 1 ? 0 : 1]}`);
  const keywordPart = count.keywordMarkers > 0 ? `; ${count.keywordMarkers} of them name keywords only (${count.keywords} keywords)` : '';
  return `${count.total} designed item${count.total === 1 ? '' : 's'}: ${parts.join(', ')}${keywordPart}`;
}
