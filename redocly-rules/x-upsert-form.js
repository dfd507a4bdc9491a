// contracts/x-upsert-form: the upsert marker names fields the request really has.
//
//   x-upsert:
//     key: [agentId, config.eventName]   the request fields the upsert is idempotent on
//     keepsUnsentFields: true            optional: a repeat without an optional field keeps it
//
// The conformance check "upsert keeps unsent fields" builds its repeat from `key`: a key
// field the request body does not have (a typo, a renamed property) would make it send
// a different upsert and judge the wrong thing, silently. So the marker sits on a POST
// with a JSON request body, and each dotted key path names a property of that body.

const allowedFields = new Set(['key', 'keepsUnsentFields']);

/** A node with its $ref followed, and the file it came from (a relative $ref inside it is relative to that file). */
export function followed(node, from, resolve) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return { node, from };
  const resolved = resolve(node, from);
  return { node: resolved.node, from: resolved.location ? resolved.location.source.absoluteRef : from };
}

/** The schema at a property path (`config.eventName`) of an object schema, or undefined. */
function propertyAt(schema, from, path, resolve) {
  let current = followed(schema, from, resolve);
  for (const name of path.split('.')) {
    const parts = [current, ...((current.node && current.node.allOf) || []).map((part) => followed(part, current.from, resolve))];
    const owner = parts.find((part) => part.node && part.node.properties && part.node.properties[name]);
    if (!owner) return undefined;
    current = followed(owner.node.properties[name], owner.from, resolve);
  }
  return current.node;
}

export default function xUpsertForm() {
  return {
    Operation: {
      enter(operation, { report, location, resolve, key: method }) {
        const marker = operation['x-upsert'];
        if (marker === undefined) return;
        const at = location.child(['x-upsert']);
        if (method !== 'post') {
          report({ message: `x-upsert belongs on a POST; this is a ${String(method).toUpperCase()}.`, location: at.key() });
          return;
        }
        if (!marker || typeof marker !== 'object' || Array.isArray(marker)) {
          report({ message: 'x-upsert must be a map: { key: [<field>, ...], keepsUnsentFields: true }.', location: at });
          return;
        }
        for (const field of Object.keys(marker)) {
          if (!allowedFields.has(field)) report({ message: `x-upsert has no field \`${field}\`: expected key and, optionally, keepsUnsentFields.`, location: at.child([field]).key() });
        }
        if ('keepsUnsentFields' in marker && typeof marker.keepsUnsentFields !== 'boolean') {
          report({ message: 'x-upsert keepsUnsentFields must be true or false.', location: at.child(['keepsUnsentFields']) });
        }
        if (!Array.isArray(marker.key) || marker.key.length === 0 || marker.key.some((field) => typeof field !== 'string' || field === '')) {
          report({ message: 'x-upsert key must be a non-empty list of request field names (dotted for nested fields).', location: at.child(['key']) });
          return;
        }
        const body = followed(operation.requestBody, location.source.absoluteRef, resolve);
        const media = body.node && body.node.content && Object.entries(body.node.content).find(([type]) => type.includes('json'));
        if (!media || !media[1].schema) {
          report({ message: 'x-upsert needs a JSON request body whose fields the key names.', location: at.key() });
          return;
        }
        marker.key.forEach((field, index) => {
          if (!propertyAt(media[1].schema, body.from, field, resolve)) {
            report({ message: `x-upsert key \`${field}\` is not a property of the request body.`, location: at.child(['key', index]) });
          }
        });
      },
    },
  };
}
