import type { Violation } from '../../contract/validator.ts';

/**
 * Limits on a JSON body's shape, checked before schema validation. No contract
 * states them; they keep hostile bodies (nesting thousands of levels deep,
 * objects with a hundred thousand keys, numbers JSON.parse turns into Infinity)
 * from reaching the validator, the handlers or the store, where they would
 * overflow the stack or be stored in a form no response can carry.
 */
export const maxNestingDepth = 64;
export const maxObjectKeys = 1000;

export const notUtf8: Violation = {
  at: 'body',
  field: '',
  keyword: 'encoding',
  documented: 'JSON encoded as UTF-8 (RFC 8259)',
  received: 'bytes that are not valid UTF-8',
};

interface Visit {
  value: unknown;
  key: string;
  depth: number;
  parent: Visit | undefined;
}

/**
 * The first place where a parsed body breaks a shape limit, or undefined.
 * Walks with an explicit stack, so any depth JSON.parse accepted is safe to walk;
 * each node links to its parent, and the path is spelled out only for a violation.
 */
export function shapeViolation(body: unknown): Violation | undefined {
  const pending: Visit[] = [{ value: body, key: '', depth: 0, parent: undefined }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const { value, depth } = visit;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return violation(visit, 'maximum', 'a number a 64-bit float can hold (below about 1.8e308)', 'a number out of range');
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxNestingDepth) {
      return violation(visit, 'maxDepth', `at most ${maxNestingDepth} levels of nested objects and arrays`, 'deeper nesting');
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) pending.push({ value: value[index], key: String(index), depth: depth + 1, parent: visit });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > maxObjectKeys) {
      return violation(visit, 'maxProperties', `an object with at most ${maxObjectKeys} properties`, `${keys.length} properties`);
    }
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      pending.push({ value: (value as Record<string, unknown>)[key], key, depth: depth + 1, parent: visit });
    }
  }
  return undefined;
}

function violation(visit: Visit, keyword: string, documented: string, received: string): Violation {
  const path: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.unshift(at.key);
  const field = path.join('.');
  return { at: field ? `body.${field}` : 'body', field, keyword, documented, received };
}
