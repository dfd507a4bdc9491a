import type { JsonObject, Operation } from '../../../contract/spec.ts';
import type { RequestParts } from '../../http.ts';
import { evaluate } from '../../links.ts';
import type { CheckContext, Exchange } from '../../types.ts';
import { linksOf, operationsOf, propertiesOf, requestSchema, resourceOf } from './contract-model.ts';
import { createResource, linkParts, readCreated, succeeded } from './resources.ts';

/**
 * A request of an operation that names what identity A really has, where its
 * example names ids or tokens this server never issued. A probe built from
 * the example may be refused for naming nothing (a 401 for an unknown link
 * token, a 404 for an unknown id) before any guard is asked; built from A's
 * own data, it reaches the route as a working request would.
 */

/** A path parameter, or a required query parameter, that the example fills with a value of its own. */
interface Slot {
  in: 'path' | 'query';
  name: string;
  example: string;
}

/** The most creates a search for A's values makes from one create: the example, then other choices of its enums. */
const maxVariants = 6;

function slotsOf(operation: Operation, valid: RequestParts): Slot[] {
  const slots: Slot[] = [];
  for (const parameter of operation.parameters) {
    const value = parameter.in === 'path' ? valid.path?.[parameter.name] : parameter.in === 'query' && parameter.required ? valid.query?.[parameter.name] : undefined;
    if (typeof value === 'string' && value.length > 0) slots.push({ in: parameter.in as Slot['in'], name: parameter.name, example: value });
  }
  return slots;
}

/**
 * Values shaped like an example's: the same prefix (`apr_`, `ct_`, `wf-`) then
 * letters and digits, or a UUID; undefined when the example has neither shape.
 */
function shapeOf(example: string): RegExp | undefined {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(example)) return /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
  const prefix = /^([A-Za-z][A-Za-z0-9]{0,9}[_-])[A-Za-z0-9]/.exec(example)?.[1];
  return prefix ? new RegExp(`(?<![A-Za-z0-9_-])${prefix.replace(/[-]/g, '\\-')}[A-Za-z0-9][A-Za-z0-9_-]*`, 'g') : undefined;
}

/** Every string in a JSON value, with the name of the field that holds it. */
function stringsIn(value: unknown, field = '', found: { field: string; text: string }[] = []): { field: string; text: string }[] {
  if (typeof value === 'string') found.push({ field, text: value });
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, field, found);
  else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) stringsIn(item, name, found);
  return found;
}

/** A value for the slot in what A received: a field of its name first, else a word shaped like the example, anywhere, in text too. */
function harvest(slot: Slot, answers: unknown[]): string | undefined {
  const strings = answers.flatMap((answer) => stringsIn(answer));
  const named = strings.find((entry) => entry.field === slot.name && entry.text !== slot.example && !/\s/.test(entry.text));
  if (named) return named.text;
  const shape = shapeOf(slot.example);
  if (!shape) return undefined;
  for (const { text } of strings) {
    for (const match of text.matchAll(shape)) if (match[0] !== slot.example) return match[0];
  }
  return undefined;
}

/** The create's valid body, then one body per other value of each of its enum fields: choices that may make more of A's data (a run that waits for approval has an approval token). */
function bodyVariants(context: CheckContext, create: Operation): ((valid: unknown) => unknown)[] {
  const variants: ((valid: unknown) => unknown)[] = [(valid) => valid];
  const properties = propertiesOf(context.contract.document, requestSchema(context.contract.document, create));
  for (const [name, property] of Object.entries(properties)) {
    const values = Array.isArray(property.enum) ? property.enum : [];
    if (property.readOnly) continue;
    for (const value of values) {
      if (variants.length >= maxVariants) return variants;
      variants.push((valid) => (valid && typeof valid === 'object' && !Array.isArray(valid) && (valid as JsonObject)[name] !== value ? { ...(valid as JsonObject), [name]: value } : undefined));
    }
  }
  return variants;
}

/** Where A's values come from: creates whose links reach the operation, then creates on an ancestor of its path (`POST /runs` for `/runs/approval`), nearest first. */
function sourcesOf(context: CheckContext, operation: Operation): { create: Operation; link?: string }[] {
  const sources: { create: Operation; link?: string }[] = [];
  const ancestors: Operation[] = [];
  for (const create of operationsOf(context.contract)) {
    if (create.method !== 'post' || create === operation) continue;
    const link = Object.entries(linksOf(context.contract.document, create)).find(([, definition]) => definition.operationId === operation.operationId)?.[0];
    if (link) sources.push({ create, link });
    else if (operation.path.startsWith(`${create.path}/`)) ancestors.push(create);
  }
  ancestors.sort((one, other) => other.path.length - one.path.length);
  return [...sources, ...ancestors.map((create) => ({ create }))];
}

/** Per run, what each create made for these searches, so that operations sharing a source share its resources. */
const made = new WeakMap<object, Map<string, Promise<Exchange | undefined>>>();

function runOf(context: CheckContext): object {
  return (context as { session?: object }).session ?? context;
}

async function makeOnce(context: CheckContext, create: Operation, variant: number, body: (valid: unknown) => unknown, owner = ''): Promise<Exchange | undefined> {
  let cache = made.get(runOf(context));
  if (!cache) made.set(runOf(context), (cache = new Map()));
  const key = `${create.operationId}#${variant}#${owner}`;
  let exchange = cache.get(key);
  if (!exchange) {
    exchange = (async () => {
      if (variant > 0 && body(context.validRequest(create).body) === undefined) return undefined;
      const created = await createResource(context, resourceOf(context.contract, create) ?? { create, key: 'id' }, body);
      return succeeded(created) ? created : undefined;
    })();
    cache.set(key, exchange);
  }
  return exchange;
}

/**
 * The operation's valid request with A's own values in every path parameter
 * and required query parameter, found through the operation's sources (see
 * sourcesOf); undefined when some value cannot be found. With an `owner`
 * (a check's name, a phase and operation), what it needs is made for that
 * owner alone, not shared with the rest of the run: a phase that writes to it
 * at random then spoils nobody else's request, and nobody else's spoils its.
 */
export async function ownRequestFor(context: CheckContext, operation: Operation, options: { owner?: string } = {}): Promise<RequestParts | undefined> {
  const valid = context.validRequest(operation);
  const slots = slotsOf(operation, valid);
  if (slots.length === 0) return undefined;
  for (const { create, link } of sourcesOf(context, operation)) {
    const variants = link ? [(body: unknown) => body] : bodyVariants(context, create);
    for (const [index, body] of variants.entries()) {
      const created = await makeOnce(context, create, index, body, options.owner ?? '');
      if (!created) continue;
      const linked = link ? linkParts(context, create, link, created) : undefined;
      const read = link ? undefined : await readCreated(context, resourceOf(context.contract, create) ?? { create, key: 'id' }, created);
      const answers = [created.response?.json, ...(read && succeeded(read) ? [read.response!.json] : [])];
      const parts: RequestParts = { ...valid, path: { ...valid.path }, query: { ...valid.query } };
      let complete = true;
      for (const slot of slots) {
        const value = linked?.[slot.in]?.[slot.name] ?? requestPathValue(created, slot) ?? harvest(slot, answers);
        if (value === undefined || value === null) complete = false;
        else parts[slot.in]![slot.name] = String(value);
      }
      if (complete) return parts;
    }
  }
  return undefined;
}

/** A path parameter the create was sent under the same name (the parent's id of a nested create). */
function requestPathValue(created: Exchange, slot: Slot): unknown {
  return slot.in === 'path' ? evaluate(`$request.path.${slot.name}`, created) : undefined;
}
