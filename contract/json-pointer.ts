/**
 * JSON pointers and local `$ref`s: the one place the toolkit reads them, for
 * the mock, the conformance suite, the contract validator and the diff tool alike.
 */

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The unescaped segments of a JSON pointer, with or without the URI fragment's `#`:
 * `#/components/schemas/A~1B` and `/components/schemas/A~1B` → components, schemas, A/B.
 * The root (`#`, `#/`, `/` or ``) has no segments.
 */
export function pointerSegments(pointer: string): string[] {
  return pointer
    .replace(/^#/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The local ref pointer to the given segments: components, schemas, A/B → `#/components/schemas/A~1B`. */
export function pointerTo(segments: string[]): string {
  return `#/${segments.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

/** The value at the given segments of `value`, taking every step as written (no `$ref` followed); undefined when absent. */
export function childAt(value: unknown, segments: string[]): unknown {
  let node = value;
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** Whether `value` is a local reference, `{ $ref: '#/…' }`. */
export function isLocalRef(value: unknown): value is { $ref: string } {
  return isObject(value) && typeof value.$ref === 'string' && value.$ref.startsWith('#');
}

/**
 * Follows local `$ref`s from `value` until it reaches a value that is not one.
 * Returns why it could not instead when a ref points nowhere or refs form a circle.
 */
function follow(document: unknown, value: unknown): { value: unknown } | { problem: string } {
  const seen = new Set<string>();
  let current = value;
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#')) return { problem: `only local refs are supported, got ${ref}` };
    if (seen.has(ref)) return { problem: `$ref cycle at ${ref}` };
    seen.add(ref);
    current = childAt(document, pointerSegments(ref));
    if (current === undefined) return { problem: `unresolved $ref ${ref}` };
  }
  return { value: current };
}

/** The value a local `$ref` (or chain of them) stands for; a value that is not a ref is returned as it is. Throws on a dangling or circular ref. */
export function resolveRef<T = JsonObject>(document: unknown, value: unknown): T {
  const followed = follow(document, value);
  if ('problem' in followed) throw new Error(followed.problem);
  return followed.value as T;
}

/** Reads a value along pointer segments, following local `$ref`s at every step; undefined where the path leads nowhere. */
export function valueAt(document: unknown, segments: string[]): unknown {
  const start = follow(document, document);
  if ('problem' in start) return undefined;
  let node = start.value;
  for (const segment of segments) {
    node = childAt(node, [segment]);
    const followed = follow(document, node);
    if ('problem' in followed) return undefined;
    node = followed.value;
  }
  return node;
}
