/**
 * A contract in its effective form: every operation carries the parameters and the
 * security that apply to it, wherever the author wrote them.
 *
 * Why: `redocly diff` compares the document as written. Moving the shared
 * `X-Tenant-Id` parameter from each operation up to its path item comes out as "All
 * parameters were removed" (major), and dropping an operation's `security: []` so that
 * it inherits the API key comes out as a patch, though callers see the opposite in
 * each case. Handing the engine both sides in this form lets it rate what callers
 * face. A plugin rule could not fix the first case: a rule can add a verdict, never
 * lower another rule's.
 */
import { pointerSegments, valueAt } from '../../contract/json-pointer.ts';
import { isObject } from './operations.ts';

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

/** A parameter's identity: OpenAPI lets an operation override a path parameter of the same name and location. */
function parameterKey(doc: unknown, parameter: unknown): string {
  const resolved = isObject(parameter) && typeof parameter.$ref === 'string' ? valueAt(doc, pointerSegments(parameter.$ref)) : parameter;
  return isObject(resolved) ? `${String(resolved.in)}:${String(resolved.name)}` : JSON.stringify(parameter);
}

/** Returns a copy: path-level parameters pushed into each operation, document security into each operation. */
export function effectiveContract(doc: unknown): unknown {
  if (!isObject(doc)) return doc;
  const copy = structuredClone(doc);
  const documentSecurity = Array.isArray(copy.security) ? copy.security : [];
  const paths = isObject(copy.paths) ? copy.paths : {};
  for (const pathItem of Object.values(paths)) {
    if (!isObject(pathItem)) continue;
    const shared = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const method of methods) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      const overridden = new Set(own.map((parameter) => parameterKey(copy, parameter)));
      const parameters = [...shared.filter((parameter) => !overridden.has(parameterKey(copy, parameter))), ...own];
      if (parameters.length > 0) operation.parameters = structuredClone(parameters);
      // An empty list means "no credentials needed", which is what no security anywhere means too.
      if (!Array.isArray(operation.security)) operation.security = structuredClone(documentSecurity);
    }
    delete pathItem.parameters;
  }
  delete copy.security;
  return copy;
}
