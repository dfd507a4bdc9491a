import type { JsonObject } from '../../contract/spec.ts';
import { locate, typesOf } from './arbitrary.ts';

/** One property of a request body, however deep, and the schema that documents it. */
export interface BodyField {
  /** Property names from the body's root: ['config', 'retries']. */
  path: string[];
  /** Where its schema sits in the document (after $refs). */
  pointer: string[];
  schema: JsonObject;
  /** Required by its parent object. */
  required: boolean;
  /** Where the parent object's schema sits (its `required` keyword lives there). */
  parentPointer: string[];
}

const maxFieldDepth = 3;

/**
 * Every property a JSON body schema documents, depth first, through objects
 * and allOf members (not through arrays or oneOf branches, whose fields depend
 * on the branch taken). readOnly properties are left out: requests never send them.
 */
export function bodyFields(document: JsonObject, raw: unknown, pointer: string[], path: string[] = []): BodyField[] {
  if (path.length >= maxFieldDepth) return [];
  const { schema, pointer: at } = locate(document, raw, pointer);
  const fields: BodyField[] = [];
  const members: { schema: JsonObject; pointer: string[] }[] = [{ schema, pointer: at }];
  for (const [index, member] of ((schema.allOf as unknown[] | undefined) ?? []).entries()) members.push(locate(document, member, [...at, 'allOf', String(index)]));
  const required = new Set(members.flatMap((member) => (member.schema.required as string[] | undefined) ?? []));
  for (const member of members) {
    if (!(typesOf(member.schema) ?? []).includes('object') && !member.schema.properties) continue;
    for (const [name, property] of Object.entries((member.schema.properties ?? {}) as Record<string, unknown>)) {
      const located = locate(document, property, [...member.pointer, 'properties', name]);
      if (located.schema.readOnly === true) continue;
      fields.push({ path: [...path, name], pointer: located.pointer, schema: located.schema, required: required.has(name), parentPointer: member.pointer });
      if ((typesOf(located.schema) ?? []).includes('object') || Array.isArray(located.schema.allOf)) fields.push(...bodyFields(document, property, [...member.pointer, 'properties', name], [...path, name]));
    }
  }
  return fields;
}
