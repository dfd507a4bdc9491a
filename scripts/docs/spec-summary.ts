import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, UsageError } from '../lib/apis.ts';
import { countDesigned, findDesignedMarkers, type DesignedCount } from '../lib/designed-markers.ts';

/** The few parts of a bundled OpenAPI document that the portal's index shows. */
export interface BundledSpec {
  info: { title: string; version: string; summary?: string; description?: string };
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, unknown>>;
  components?: { securitySchemes?: Record<string, SecurityScheme> };
}

interface SecurityScheme {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
  bearerFormat?: string;
  description?: string;
}

export interface Operation {
  method: string;
  path: string;
  operationId: string | undefined;
  summary: string | undefined;
  tags: string[];
}

export interface ApiSummary {
  id: string;
  title: string;
  version: string;
  summary: string | undefined;
  /** The first paragraph of info.description, still in Markdown. */
  intro: string | undefined;
  baseUrl: { url: string; description: string | undefined } | undefined;
  /** `how` is Markdown with `code` spans, like the descriptions. */
  auth: { name: string; how: string; description: string | undefined }[];
  groups: { name: string; operations: number }[];
  operationCount: number;
  /** The contract's x-designed markers, by the kind of node they sit on. */
  designed: DesignedCount;
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function bundledSpecPath(api: string, format: 'json' | 'yaml'): string {
  return join(repoRoot, 'generated', api, `openapi.${format}`);
}

/** Reads generated/<api>/openapi.json; a missing file is a usage mistake, not a crash. */
export function loadBundledSpec(api: string): BundledSpec {
  for (const format of ['json', 'yaml'] as const) {
    if (!existsSync(bundledSpecPath(api, format))) {
      throw new UsageError(`generated/${api}/openapi.${format} is missing: run \`npm run build\` first`);
    }
  }
  try {
    return JSON.parse(readFileSync(bundledSpecPath(api, 'json'), 'utf8')) as BundledSpec;
  } catch (error) {
    throw new UsageError(`generated/${api}/openapi.json is not valid JSON (${(error as Error).message}): run \`npm run build\` again`);
  }
}

export function listOperations(spec: BundledSpec): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = item[method] as { operationId?: string; summary?: string; tags?: string[] } | undefined;
      if (!operation) continue;
      operations.push({ method, path, operationId: operation.operationId, summary: operation.summary, tags: operation.tags ?? [] });
    }
  }
  return operations;
}

/** How a caller sends the credential, in the words a reader would use (Markdown: `code` only). */
function describeScheme(scheme: SecurityScheme): string {
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') return 'bearer token, `Authorization: Bearer …`';
  if (scheme.type === 'http') return `HTTP \`${scheme.scheme ?? '?'}\` authentication`;
  if (scheme.type === 'apiKey') return `API key in ${scheme.in ?? 'header'} \`${scheme.name ?? '?'}\``;
  if (scheme.type === 'oauth2') return 'OAuth 2.0';
  if (scheme.type === 'openIdConnect') return 'OpenID Connect';
  if (scheme.type === 'mutualTLS') return 'mutual TLS';
  return scheme.type;
}

export function summarizeApi(id: string, spec: BundledSpec): ApiSummary {
  const operations = listOperations(spec);
  // Declared tags keep the spec's order (the reading order its authors chose);
  // a tag used by an operation but never declared still gets counted.
  const groupNames = (spec.tags ?? []).map((tag) => tag.name);
  for (const operation of operations) {
    for (const tag of operation.tags) if (!groupNames.includes(tag)) groupNames.push(tag);
  }
  const groups = groupNames.map((name) => ({ name, operations: operations.filter((operation) => operation.tags.includes(name)).length }));
  const untagged = operations.filter((operation) => operation.tags.length === 0).length;
  if (untagged > 0) groups.push({ name: 'Untagged', operations: untagged });

  const server = spec.servers?.[0];
  return {
    id,
    title: spec.info.title,
    version: spec.info.version,
    summary: spec.info.summary,
    intro: spec.info.description?.trim().split(/\n\s*\n/)[0],
    baseUrl: server ? { url: server.url, description: server.description } : undefined,
    auth: Object.entries(spec.components?.securitySchemes ?? {}).map(([name, scheme]) => ({
      name,
      how: describeScheme(scheme),
      description: scheme.description,
    })),
    groups,
    operationCount: operations.length,
    designed: countDesigned(findDesignedMarkers(spec as unknown as Record<string, unknown>)),
  };
}
