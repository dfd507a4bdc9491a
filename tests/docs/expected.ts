import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/apis.ts';
import { redocTagAnchor } from '../../scripts/docs/html.ts';

// What the portal must show, read straight from the bundled specs rather than
// through the build's own summary code, so that a bug there cannot hide itself.

export interface ExpectedOperation {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  /** The element id Redoc 3 gives the operation's section, and its hash route. */
  sectionId: string;
  /** Marked x-designed: its section must show the portal's "Designed:" note. */
  designed: boolean;
}

export interface ExpectedApi {
  id: string;
  title: string;
  baseUrl: string | undefined;
  tags: { name: string; operations: number; sectionId: string }[];
  operations: ExpectedOperation[];
  /** How many x-designed markers the spec holds. */
  designedCount: number;
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Spec {
  info: { title: string };
  servers?: { url: string }[];
  tags?: { name: string }[];
  paths: Record<string, Record<string, { operationId?: string; summary?: string; tags?: string[]; 'x-designed'?: unknown }>>;
}

// Maps keyed by names a spec author chose: a key spelled x-designed there is a name.
const nameMaps = new Set(['properties', 'patternProperties', 'headers', 'schemas', 'parameters', 'responses', 'requestBodies', 'paths', 'content']);

/**
 * Counts x-designed markers by a plain walk over the JSON, example data left out, and so
 * are the toolkit's own markers (`x-order`): an x-designed inside one is that marker's
 * provenance, read by the conformance suite, not a designed node of the contract.
 */
function countMarkers(node: unknown, parentKey = ''): number {
  if (typeof node !== 'object' || node === null) return 0;
  let count = 0;
  const isNameMap = nameMaps.has(parentKey) && !Array.isArray(node);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'x-designed' && !isNameMap) count += 1;
    else if (!isNameMap && key.startsWith('x-')) continue;
    else if (key !== 'example' && key !== 'examples') count += countMarkers(value, isNameMap ? '' : key);
  }
  return count;
}

export function expectedApi(api: string): ExpectedApi {
  const spec = JSON.parse(readFileSync(join(repoRoot, 'generated', api, 'openapi.json'), 'utf8')) as Spec;
  const operations: ExpectedOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      const tag = operation.tags?.[0] ?? '';
      operations.push({
        method,
        path,
        operationId: operation.operationId,
        summary: operation.summary ?? operation.operationId,
        sectionId: `${redocTagAnchor(tag).slice(2)}/${operation.operationId.toLowerCase()}`,
        designed: operation['x-designed'] !== undefined,
      });
    }
  }
  const tags = (spec.tags ?? []).map(({ name }) => ({
    name,
    operations: Object.values(spec.paths).flatMap((item) => methods.filter((method) => item[method]?.tags?.includes(name))).length,
    sectionId: redocTagAnchor(name).slice(2),
  }));
  return { id: api, title: spec.info.title, baseUrl: spec.servers?.[0]?.url, tags, operations, designedCount: countMarkers(spec) };
}
