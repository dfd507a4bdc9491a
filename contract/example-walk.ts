import { pointerSegments, resolveRef } from './json-pointer.ts';
import type { JsonObject, OpenApiDocument } from './spec.ts';

/** One example found in a contract, with the pointer to the schema it must satisfy. */
export interface FoundExample {
  /** Where the example is, for the report: `GET /reviews 200 application/json`. */
  where: string;
  /** Pointer segments to the schema the example must satisfy. */
  schemaPointer: string[];
  value: unknown;
}

/**
 * Every example of media types (request and response) and parameters, in
 * every operation, paired with the schema it documents.
 */
export function collectExamples(document: OpenApiDocument): FoundExample[] {
  const found: FoundExample[] = [];
  const addMedia = (where: string, pointer: string[], media: JsonObject) => {
    if (!media.schema) return;
    const schemaPointer = [...pointer, 'schema'];
    if (media.example !== undefined) found.push({ where, schemaPointer, value: media.example });
    for (const [name, raw] of Object.entries((media.examples ?? {}) as Record<string, unknown>)) {
      const example = resolveRef<JsonObject>(document, raw);
      if (example.value !== undefined) found.push({ where: `${where} (${name})`, schemaPointer, value: example.value });
    }
  };
  const pointerOf = (fallback: string[], raw: unknown) =>
    raw && typeof (raw as JsonObject).$ref === 'string'
      ? pointerSegments((raw as JsonObject).$ref as string)
      : fallback;

  for (const [path, pathItem] of Object.entries(document.paths)) {
    for (const [method, rawOperation] of Object.entries(pathItem)) {
      if (method === 'parameters' || typeof rawOperation !== 'object' || rawOperation === null) continue;
      const operation = rawOperation as JsonObject;
      const label = `${method.toUpperCase()} ${path}`;
      const shared = (pathItem.parameters as unknown[] | undefined) ?? [];
      const own = (operation.parameters as unknown[] | undefined) ?? [];
      const located = [
        ...shared.map((raw, index) => ({ raw, fallback: ['paths', path, 'parameters', String(index)] })),
        ...own.map((raw, index) => ({ raw, fallback: ['paths', path, method, 'parameters', String(index)] })),
      ];
      for (const { raw, fallback } of located) {
        const parameter = resolveRef<JsonObject>(document, raw);
        if (parameter.example === undefined || !parameter.schema) continue;
        found.push({
          where: `${label} parameter ${String(parameter.name)}`,
          schemaPointer: [...pointerOf(fallback, raw), 'schema'],
          value: parameter.example,
        });
      }
      if (operation.requestBody) {
        const requestBody = resolveRef<JsonObject>(document, operation.requestBody);
        const base = pointerOf(['paths', path, method, 'requestBody'], operation.requestBody);
        for (const [type, media] of Object.entries((requestBody.content ?? {}) as Record<string, JsonObject>)) {
          addMedia(`${label} request ${type}`, [...base, 'content', type], media);
        }
      }
      for (const [status, rawResponse] of Object.entries((operation.responses ?? {}) as Record<string, unknown>)) {
        const response = resolveRef<JsonObject>(document, rawResponse);
        const base = pointerOf(['paths', path, method, 'responses', status], rawResponse);
        for (const [type, media] of Object.entries((response.content ?? {}) as Record<string, JsonObject>)) {
          addMedia(`${label} ${status} ${type}`, [...base, 'content', type], media);
        }
      }
    }
  }
  return found;
}
