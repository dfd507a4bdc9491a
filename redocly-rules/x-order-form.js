// contracts/x-order-form: the order marker names a field the listed items really have.
//
//   x-order:
//     by: createdAt          a property of the items the list answers
//     direction: desc        asc or desc
//     x-designed: <reason>   optional: the order is this contract's, not the documentation's
//
// The conformance check "lists keep their order" judges the list by `by`: a field the
// items do not have (a typo, a renamed property) would leave the list unjudged, silently.
// So the marker sits on a GET whose JSON answer holds its items in one array of objects
// (or is that array), and `by` names a property of those items.

import { followed } from './x-upsert-form.js';

const allowedFields = new Set(['by', 'direction', 'x-designed']);

/** The properties of an object schema, allOf parts merged, each with the file it came from. */
function propertiesOf(schema, from, resolve) {
  const current = followed(schema, from, resolve);
  const properties = {};
  for (const part of (current.node && current.node.allOf) || []) Object.assign(properties, propertiesOf(part, current.from, resolve));
  for (const [name, raw] of Object.entries((current.node && current.node.properties) || {})) properties[name] = followed(raw, current.from, resolve);
  return properties;
}

/** The item schemas a list answer may hold: the body's own items, or those of its top-level arrays. */
function itemSchemas(schema, from, resolve) {
  const body = followed(schema, from, resolve);
  if (body.node && body.node.type === 'array' && body.node.items) return [followed(body.node.items, body.from, resolve)];
  return Object.values(propertiesOf(body.node, body.from, resolve))
    .filter((property) => property.node && property.node.type === 'array' && property.node.items)
    .map((property) => followed(property.node.items, property.from, resolve));
}

export default function xOrderForm() {
  return {
    Operation: {
      enter(operation, { report, location, resolve, key: method }) {
        const marker = operation['x-order'];
        if (marker === undefined) return;
        const at = location.child(['x-order']);
        if (method !== 'get') {
          report({ message: `x-order belongs on a GET that lists; this is a ${String(method).toUpperCase()}.`, location: at.key() });
          return;
        }
        if (!marker || typeof marker !== 'object' || Array.isArray(marker)) {
          report({ message: 'x-order must be a map: { by: <item field>, direction: asc | desc }.', location: at });
          return;
        }
        for (const field of Object.keys(marker)) {
          if (!allowedFields.has(field)) report({ message: `x-order has no field \`${field}\`: expected by, direction and, optionally, x-designed.`, location: at.child([field]).key() });
        }
        if (marker.direction !== 'asc' && marker.direction !== 'desc') report({ message: 'x-order direction must be asc or desc.', location: at.child(['direction']) });
        if (typeof marker.by !== 'string' || marker.by === '') {
          report({ message: 'x-order by must name a field of the listed items.', location: at.child(['by']) });
          return;
        }
        const success = Object.entries(operation.responses || {}).find(([status]) => status.startsWith('2'));
        const response = success && followed(success[1], location.source.absoluteRef, resolve);
        const media = response && response.node && response.node.content && Object.entries(response.node.content).find(([type]) => type.includes('json'));
        const items = media && media[1].schema ? itemSchemas(media[1].schema, response.from, resolve) : [];
        if (!items.some((item) => propertiesOf(item.node, item.from, resolve)[marker.by])) {
          report({ message: `x-order by \`${marker.by}\` is not a property of the listed items.`, location: at.child(['by']) });
        }
      },
    },
  };
}
