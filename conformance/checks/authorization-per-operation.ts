import type { JsonObject, OpenApiDocument, Operation } from '../../contract/spec.ts';
import { resolveRef } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import { ownRequestFor } from './support/own-values.ts';
import type { CheckContext, Contract, IdentityName, Issue } from '../types.ts';
import { memo, operationPointer, operationsOf } from './support/contract-model.ts';
import { documentsStatus } from './support/operations.ts';
import { identityHeaders, isExampleCase, named } from './support/resources.ts';

/**
 * The contract's roles, lowest first: a document-level `x-roles` list when
 * there is one, else the order in which the document's description names the
 * roles its operations' `x-min-role` use (descriptions list them "lowest first").
 */
export function rolesOf(contract: Contract): string[] {
  return memo(contract.document, 'roles', () => {
    const declared = contract.document['x-roles'];
    if (Array.isArray(declared)) return declared.map(String);
    const used = new Set(operationsOf(contract).map((operation) => operation.definition['x-min-role']).filter((role): role is string => typeof role === 'string'));
    if (used.size === 0) return [];
    const description = String((contract.document.info as JsonObject | undefined)?.description ?? '');
    const paragraph = description.split(/\n\s*\n/).find((part) => part.includes('x-min-role')) ?? description;
    const ordered: string[] = [];
    for (const match of paragraph.matchAll(/`([^`]+)`/g)) if (used.has(match[1]!) && !ordered.includes(match[1]!)) ordered.push(match[1]!);
    return ordered.length === used.size ? ordered : [];
  });
}

function securityOf(document: OpenApiDocument, operation: Operation): Record<string, string[]>[] {
  return (operation.definition.security as Record<string, string[]>[] | undefined) ?? document.security ?? [];
}

/** The request header a security scheme is carried in. */
function headerOfScheme(document: OpenApiDocument, name: string): string | undefined {
  const scheme = resolveRef<JsonObject>(document, ((document.components?.securitySchemes ?? {}) as JsonObject)[name]);
  if (scheme.type === 'apiKey') return scheme.in === 'header' ? String(scheme.name) : scheme.in === 'cookie' ? 'Cookie' : undefined;
  if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return 'Authorization';
  return undefined;
}

function without(headers: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([header]) => header.toLowerCase() !== name.toLowerCase()));
}

/** Requirements that combine several schemes: leaving any one out must be refused. */
async function eachSchemeRequired(context: CheckContext, operation: Operation, issues: Issue[]): Promise<void> {
  const document = context.contract.document;
  const headers = identityHeaders(context, 'a');
  if (!headers) return;
  for (const requirement of securityOf(document, operation)) {
    const schemes = Object.keys(requirement);
    if (schemes.length < 2) continue;
    const carried = schemes.map((scheme) => ({ scheme, header: headerOfScheme(document, scheme) }));
    // Identity A must carry every scheme of this requirement for the probe to mean anything.
    if (carried.some(({ header }) => !header || !Object.keys(headers).some((name) => name.toLowerCase() === header.toLowerCase()))) continue;
    for (const { scheme, header } of carried) {
      const exchange = await context.send(operation, { ...context.validRequest(operation), rawHeaders: without(headers, header!) });
      const status = exchange.response?.status;
      if (status !== undefined && (status < 400 || status >= 500)) {
        issues.push({ message: `received ${status} from ${named(exchange)} without ${scheme} (${header}) / documented a refusal: the requirement combines ${schemes.join(' and ')}` });
      }
    }
  }
}

export const authorizationPerOperation = defineCheck({
  name: 'authorization per operation',
  description:
    "With --auth-readonly (the contract's lowest role) and each --auth-role (another of its roles), an operation whose x-min-role is higher than the caller's role answers 403, never 401 or a 2xx, and one it allows is not refused for its role; an operation whose security requirement combines several schemes refuses a request that lacks any one of them.",
  level: 'full',
  appliesTo(testCase) {
    return isExampleCase(testCase, 'authorization per operation');
  },
  async judge(testCase, _exchange, context) {
    const operation = testCase.operation;
    const issues: Issue[] = [];
    await eachSchemeRequired(context, operation, issues);
    const needed = operation.definition['x-min-role'];
    const roles = rolesOf(context.contract);
    if (typeof needed !== 'string' || roles.length < 2) return issues;
    // The read-only identity holds the lowest role; --auth-role gives any other (a contributor of A's tenant).
    const probes = roles.map((role, index) => ({ role, identity: (index === 0 ? 'readonly' : `role:${role}`) as IdentityName })).filter(({ identity }) => context.hasIdentity(identity));
    if (probes.length === 0) return issues;
    // On A's own ids where the operation names some: a server may look the resource up before it asks for the role.
    const own = operation.parameters.some((parameter) => parameter.in === 'path') ? await ownRequestFor(context, operation, { owner: 'authorization per operation' }) : undefined;
    const constraint = { pointer: operationPointer(operation), keyword: 'x-min-role' };
    for (const { role, identity } of probes) {
      const below = roles.indexOf(needed) > roles.indexOf(role);
      // A higher x-min-role without a documented 403 is a gap in the contract itself: probing would only
      // make "status code documented" report the contract's own inconsistency against a correct server.
      if (below && !documentsStatus(operation, 403)) continue;
      // A probe that is let through must not spend the resource the other probes and checks use.
      if (!below && operation.method === 'delete' && own) continue;
      const exchange = await context.send(operation, own ?? context.validRequest(operation), identity);
      const status = exchange.response?.status;
      if (status === undefined) continue;
      if (below && status !== 403) issues.push({ message: `received ${status} from ${named(exchange)} as the ${role} role / documented 403: x-min-role is ${needed}`, constraint });
      // A refusal identity A gets for the same request (a signature the example cannot make) is not about the role.
      if (!below && (status === 401 || status === 403) && [401, 403].includes((await context.send(operation, own ?? context.validRequest(operation))).response?.status ?? 0)) continue;
      if (!below && (status === 401 || status === 403)) issues.push({ message: `received ${status} from ${named(exchange)} as the ${role} role / documented access: x-min-role is ${needed}`, constraint });
    }
    return issues;
  },
});
