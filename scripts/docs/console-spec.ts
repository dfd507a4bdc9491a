/**
 * The console renders the reference's annotated spec with one change: Scalar's
 * client sends every parameter that has an example, so optional query filters
 * (status=resolved, search=…, cursor=…) would hide what a reader just created
 * from the list they send next. Their examples move into the description instead.
 */
type JsonObject = Record<string, unknown>;

function demoteExample(parameter: JsonObject): void {
  if (parameter.in !== 'query' || parameter.required === true) return;
  const example = parameter.example ?? (parameter.schema as JsonObject | undefined)?.example;
  if (example === undefined) return;
  delete parameter.example;
  delete parameter.examples;
  if (parameter.schema) delete (parameter.schema as JsonObject).example;
  const existing = typeof parameter.description === 'string' ? parameter.description.trimEnd() : '';
  const note = `Example: \`${JSON.stringify(example)}\` (not sent unless you fill it in).`;
  parameter.description = existing ? `${existing}\n\n${note}` : note;
}

export function withoutPrefilledFilters(spec: JsonObject): JsonObject {
  const copy = structuredClone(spec);
  const shared = ((copy.components as JsonObject | undefined)?.parameters ?? {}) as Record<string, JsonObject>;
  for (const parameter of Object.values(shared)) demoteExample(parameter);
  for (const pathItem of Object.values((copy.paths ?? {}) as Record<string, JsonObject>)) {
    for (const node of [pathItem, ...Object.values(pathItem)]) {
      const parameters = (node as JsonObject | undefined)?.parameters;
      if (!Array.isArray(parameters)) continue;
      for (const parameter of parameters as JsonObject[]) if (!('$ref' in parameter)) demoteExample(parameter);
    }
  }
  return copy;
}
