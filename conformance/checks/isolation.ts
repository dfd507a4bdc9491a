import type { JsonObject, Operation } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Exchange, IdentityName, Issue } from '../types.ts';
import { documentsStatus } from './support/operations.ts';
import { itemListOf, linkedGetsOf, propertiesOf, requestSchema, type Resource, resourceOf } from './support/contract-model.ts';
import { judgesList, listKeepsToItsCaller } from './support/list-isolation.ts';
import { createResource, findListed, identityHeaders, isExampleCase, keyOf, linkParts, named, readCreated, succeeded } from './support/resources.ts';
import { show } from './support/values.ts';

/**
 * Header parameters that partition data (X-Project-Id, X-Tenant-Id…): headers
 * the create, its read and its list all take, that identity A sends with a
 * value, and that are not credentials or protocol headers.
 */
function contextHeaders(context: CheckContext, resource: Resource, headers: Record<string, string>): string[] {
  const takes = (operation: Operation | undefined) => new Set((operation?.parameters ?? []).filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name.toLowerCase()));
  const consumers = [resource.create, resource.read?.operation, resource.list].filter((operation): operation is Operation => operation !== undefined);
  const shared = [...takes(resource.create)].filter((name) => consumers.every((operation) => takes(operation).has(name)));
  return shared.filter((name) => Object.keys(headers).some((header) => header.toLowerCase() === name) && !/^(authorization|cookie|content-type|accept|upgrade|connection|sec-)/.test(name));
}

function replaced(headers: Record<string, string>, name: string, value: string): Record<string, string> {
  const kept = Object.fromEntries(Object.entries(headers).filter(([header]) => header.toLowerCase() !== name));
  return { ...kept, [name]: value };
}

/** The refusal due to an outsider: 404 where the operation documents it (a 403 would confirm the resource exists), else any 4xx. */
function refusedAsUnknown(operation: Operation, status: number): boolean {
  return documentsStatus(operation, 404) ? status === 404 : status >= 400 && status < 500;
}

function expectedRefusal(operation: Operation): string {
  return documentsStatus(operation, 404) ? '404' : 'a 4xx';
}

/**
 * An outsider's request that was not refused: the finding is about that
 * request, and it breaks the documented 404 where there is one. Keeping data
 * per caller is the documentation's promise even where the create's own
 * answer was designed here; and where the outsider was served (a 2xx), only
 * which refusal it should have had may be designed, not whether it is
 * refused, so that is an error whatever the 404's provenance.
 */
function refusalOf(exchange: Exchange): Pick<Issue, 'exchange' | 'documentedStatus' | 'severity'> {
  const served = succeeded(exchange) ? { severity: 'error' as const } : {};
  return documentsStatus(exchange.operation, 404) ? { exchange, documentedStatus: 404, ...served } : { exchange, ...served };
}

/** What one outsider (identity B, or A under another context header) sees of A's resource. */
async function outsiderSees(context: CheckContext, resource: Resource, created: Exchange, outsider: string, identity: IdentityName, rawHeaders: Record<string, string> | undefined, issues: Issue[]): Promise<void> {
  const read = await readCreated(context, resource, created, identity, rawHeaders);
  const status = read?.response?.status;
  // Under another context header a 403 is as good as a 404: the caller is not in that context at all.
  if (read && status !== undefined && (identity === 'b' ? !refusedAsUnknown(read.operation, status) : status < 400 || status >= 500)) {
    const expected = identity === 'b' ? expectedRefusal(read.operation) : 'a 4xx';
    issues.push({
      message: `received ${status} from ${named(read)} as ${outsider} / documented the resource ${identity === 'b' ? 'another identity' : 'identity A in another context'} wrote as invisible (${expected})`,
      ...refusalOf(read),
    });
  }
  const key = keyOf(resource, created);
  if (identity === 'b' && key !== undefined) await otherRoutesNameNothing(context, resource, created, String(key), issues);
  const listed = await findListed(context, resource, created, identity, rawHeaders);
  if (listed?.item) issues.push({ message: `received ${resource.key} ${show(key)} in ${resource.list!.operationId} as ${outsider} / documented only the caller's own items`, ...(listed.exchange ? { exchange: listed.exchange } : {}) });
}

/**
 * The other GETs the create links to (`/executions/{id}/reviews/exists`), sent
 * as identity B: whatever they answer, it does not name A's resource. A lookup
 * by a parent id alone leaks the child it finds.
 */
async function otherRoutesNameNothing(context: CheckContext, resource: Resource, created: Exchange, key: string, issues: Issue[]): Promise<void> {
  for (const { link, operation } of linkedGetsOf(context.contract, resource)) {
    if (operation === resource.list) continue;
    const parts = linkParts(context, resource.create, link, created);
    if (!parts) continue;
    const read = await context.send(operation, parts, 'b');
    if (!succeeded(read) || !(read.response?.text ?? '').includes(key)) continue;
    issues.push({ message: `received ${resource.key} ${show(key)} of identity A's resource in ${named(read)} as identity B / documented the resource another identity wrote as invisible`, exchange: read, severity: 'error' });
  }
}

/** Identity B's update and delete of A's resource are refused, and A's resource is untouched after them. */
async function outsiderWrites(context: CheckContext, resource: Resource, created: Exchange, issues: Issue[]): Promise<void> {
  for (const write of [resource.update, resource.remove]) {
    const parts = write ? linkParts(context, resource.create, write.link, created) : undefined;
    if (!write || !parts) continue;
    const exchange = await context.send(write.operation, parts, 'b');
    const status = exchange.response?.status;
    if (status !== undefined && !refusedAsUnknown(write.operation, status)) {
      issues.push({ message: `received ${status} from ${named(exchange)} as identity B / documented another identity's resource as out of reach (${expectedRefusal(write.operation)})`, ...refusalOf(exchange) });
    }
  }
  const stillThere = await readCreated(context, resource, created);
  if (stillThere?.response && !succeeded(stillThere)) issues.push({ message: `received ${stillThere.response.status} from ${named(stillThere)} after identity B's writes / documented the resource untouched for its owner`, exchange: stillThere });
}

/**
 * Identity B sends A's create again, body and all: what a client chooses (a
 * repeat key, an idempotency key, a name) is chosen per caller, so nothing B
 * gets back, in the answer or in a read of what B made, names A's resource.
 * A create under a parent's path names A's parent, which B cannot reach: left out.
 */
async function outsiderCreatesTheSame(context: CheckContext, resource: Resource, createdBefore: Exchange, issues: Issue[]): Promise<void> {
  const keys = clientKeysOf(context, resource.create);
  const value = `key-${context.uniqueSuffix()}`;
  const withKeys = (valid: unknown) => (valid && typeof valid === 'object' ? { ...(valid as object), ...Object.fromEntries(keys.map((key) => [key, value])) } : valid);
  const created = keys.length > 0 ? await createResource(context, resource, withKeys) : createdBefore;
  const keyOfA = keyOf(resource, created);
  const sent = created.request.body;
  if (typeof keyOfA !== 'string' || keyOfA.length < 6 || resource.create.parameters.some((parameter) => parameter.in === 'path')) return;
  // A key the client chose itself comes back to whoever sends it.
  if (sent === undefined || JSON.stringify(sent).includes(keyOfA)) return;
  const made = await context.send(resource.create, { ...context.validRequest(resource.create), body: sent }, 'b');
  if (!succeeded(made)) return;
  const removal = resource.remove ? linkParts(context, resource.create, resource.remove.link, made) : undefined;
  if (removal) context.remember(resource.remove!.operation, removal.path ?? {}, 'b');
  const read = await readCreated(context, resource, made, 'b');
  for (const answer of [made, read]) {
    if (!answer || !succeeded(answer) || !(answer.response?.text ?? '').includes(keyOfA)) continue;
    issues.push({
      message: `received ${resource.key} ${show(keyOfA)} of identity A's resource in ${named(answer)} as identity B, after B sent the body A created it with / documented what one identity creates as unrelated to another's, whatever keys the two choose alike`,
      exchange: answer,
      severity: 'error',
    });
    return;
  }
}

/**
 * Optional text fields of the create's body named like a key the client
 * chooses (`repeatKey`, `idempotencyKey`), that the example leaves out: the
 * check fills them, so that B's identical create chooses the same key.
 * Credentials (`apiKey`, write-only or password fields) are not keys of this kind.
 */
function clientKeysOf(context: CheckContext, create: Operation): string[] {
  const schema = requestSchema(context.contract.document, create);
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  const example = context.validRequest(create).body as Record<string, unknown> | undefined;
  return Object.entries(propertiesOf(context.contract.document, schema ?? {}))
    .filter(([field]) => /key$/i.test(field) && !/api_?key|secret|token/i.test(field) && !required.has(field) && example?.[field] === undefined)
    .filter(([, property]) => property.type === 'string' && property.writeOnly !== true && property.format !== 'password' && property.enum === undefined)
    .map(([field]) => field);
}

export const isolation = defineCheck({
  name: 'isolation',
  description:
    "What identity A creates is invisible to --auth-b: its read answers 404 (where documented; a 403 would confirm it exists), its list leaves it out, and B's update and delete are refused alike. A filtered list, or A's next-page cursor, shows B none of A's items its unfiltered list leaves out; B's create with A's very body (the same client-chosen keys) answers nothing of A's resource. Where the contract partitions data by a header parameter (e.g. X-Project-Id), the same holds for identity A with another value of that header.",
  level: 'full',
  appliesTo(testCase, contract) {
    if (!isExampleCase(testCase, 'isolation')) return false;
    if (itemListOf(contract.document, testCase.operation)) return judgesList({ contract }, testCase.operation);
    const resource = resourceOf(contract, testCase.operation);
    return resource !== undefined && (resource.read !== undefined || resource.list !== undefined);
  },
  async judge(testCase, _exchange, context) {
    if (itemListOf(context.contract.document, testCase.operation)) return context.hasIdentity('b') ? listKeepsToItsCaller(context, testCase.operation) : [];
    const resource = resourceOf(context.contract, testCase.operation)!;
    const headersOfA = identityHeaders(context, 'a');
    const partitions = headersOfA ? contextHeaders(context, resource, headersOfA) : [];
    if (!context.hasIdentity('b') && partitions.length === 0) return [];
    const created = await createResource(context, resource);
    if (!succeeded(created)) return [];
    const issues: Issue[] = [];
    if (context.hasIdentity('b')) {
      await outsiderSees(context, resource, created, 'identity B', 'b', undefined, issues);
      await outsiderWrites(context, resource, created, issues);
      await outsiderCreatesTheSame(context, resource, created, issues);
    }
    for (const header of partitions) {
      const original = Object.entries(headersOfA!).find(([name]) => name.toLowerCase() === header)![1];
      const other = `${original}-other-${context.uniqueSuffix()}`.slice(0, maxLengthOf(resource.create, header));
      await outsiderSees(context, resource, created, `identity A with ${header}: ${other}`, 'a', replaced(headersOfA!, header, other), issues);
    }
    return issues;
  },
});

function maxLengthOf(operation: Operation, header: string): number {
  const schema = operation.parameters.find((parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === header)?.schema as JsonObject | undefined;
  return typeof schema?.maxLength === 'number' ? schema.maxLength : 200;
}
