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
}

export interface ExpectedApi {
  id: string;
  title: string;
  baseUrl: string | undefined;
  tags: { name: string; operations: number; sectionId: string }[];
  operations: ExpectedOperation[];
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Spec {
  info: { title: string };
  servers?: { url: string }[];
  tags?: { name: string }[];
  paths: Record<string, Record<string, { operationId?: string; summary?: string; tags?: string[] }>>;
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
      });
    }
  }
  const tags = (spec.tags ?? []).map(({ name }) => ({
    name,
    operations: Object.values(spec.paths).flatMap((item) => methods.filter((method) => item[method]?.tags?.includes(name))).length,
    sectionId: redocTagAnchor(name).slice(2),
  }));
  return { id: api, title: spec.info.title, baseUrl: spec.servers?.[0]?.url, tags, operations };
}
