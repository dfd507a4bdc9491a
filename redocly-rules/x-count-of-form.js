// contracts/x-count-of-form: the counter marker names a list the contract really has.
//
//   x-count-of:
//     operationId: listReviews              the GET whose items the counter counts
//     query: { status: pending_review }     that list's query parameters and values ({}: the whole list)
//
// The conformance check "statistics agree with lists" walks that list with that query
// and compares the number of items with the counter: an operationId or a parameter
// that is misspelt, or a value outside the parameter's enum, would make it count
// something else (or nothing) silently. So the marker sits on a schema, names a GET,
// and each query entry names one of its query parameters with an allowed value.

const allowedFields = new Set(['operationId', 'query']);

export default function xCountOfForm() {
  const operations = new Map();
  const markers = [];
  let pathParameters = [];
  return {
    PathItem: {
      enter(pathItem) {
        pathParameters = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
      },
    },
    Operation: {
      enter(operation, { key: method, resolve }) {
        if (typeof operation.operationId !== 'string') return;
        const parameters = new Map();
        for (const raw of [...pathParameters, ...(Array.isArray(operation.parameters) ? operation.parameters : [])]) {
          const parameter = raw && typeof raw.$ref === 'string' ? resolve(raw).node : raw;
          if (!parameter || parameter.in !== 'query') continue;
          const schema = parameter.schema && typeof parameter.schema.$ref === 'string' ? resolve(parameter.schema).node : parameter.schema;
          parameters.set(parameter.name, schema && Array.isArray(schema.enum) ? schema.enum : undefined);
        }
        operations.set(operation.operationId, { method, parameters });
      },
    },
    Schema(schema, { report, location }) {
      if (!schema || typeof schema !== 'object' || !('x-count-of' in schema)) return;
      const marker = schema['x-count-of'];
      const at = location.child(['x-count-of']);
      if (!marker || typeof marker !== 'object' || Array.isArray(marker) || typeof marker.operationId !== 'string') {
        report({ message: 'x-count-of must be a map: { operationId: <a list GET>, query: { <parameter>: <value> } }.', location: at });
        return;
      }
      for (const field of Object.keys(marker)) {
        if (!allowedFields.has(field)) report({ message: `x-count-of has no field \`${field}\`: expected operationId and query.`, location: at.child([field]).key() });
      }
      const query = marker.query ?? {};
      if (typeof query !== 'object' || Array.isArray(query) || query === null) {
        report({ message: 'x-count-of query must be a map of the list\'s query parameters to values ({} for the whole list).', location: at.child(['query']) });
        return;
      }
      markers.push({ marker, query, at });
    },
    Root: {
      leave(_root, { report }) {
        for (const { marker, query, at } of markers) {
          const list = operations.get(marker.operationId);
          if (!list || list.method !== 'get') {
            report({ message: `x-count-of names \`${marker.operationId}\`, which is not a GET of this contract.`, location: at.child(['operationId']) });
            continue;
          }
          for (const [name, value] of Object.entries(query)) {
            if (!list.parameters.has(name)) {
              report({ message: `x-count-of query names \`${name}\`, which is not a query parameter of ${marker.operationId}.`, location: at.child(['query', name]).key() });
              continue;
            }
            const allowed = list.parameters.get(name);
            if (allowed && !allowed.includes(value)) {
              report({ message: `x-count-of query gives ${name} ${JSON.stringify(value)}, which is not one of its values (${allowed.join(', ')}).`, location: at.child(['query', name]) });
            }
          }
        }
      },
    },
  };
}
