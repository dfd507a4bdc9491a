// contracts/property-description: every property of every schema says what it is.
//
// Redocly has `parameter-description` for parameters but nothing for properties, and a
// configurable rule (Schema under SchemaProperties, `description: defined`) cannot
// express it: it judges a `$ref`'d property by the referenced component, so a property
// written `{$ref: …, description: …}` (the OpenAPI 3.1 way to describe a reference in
// place) is still reported, and at the component rather than at the property.
//
// A property counts as described when it has a non-empty description of its own, or,
// when it is a `$ref`, when the description sits beside the `$ref` or on the referenced
// schema (that is what the reference page shows for it).

function hasText(value) {
  return typeof value === 'string' && value.trim() !== '';
}

export default function propertyDescription() {
  return {
    Schema(schema, { report, location, resolve }) {
      const properties = schema.properties;
      if (!properties || typeof properties !== 'object') return;
      for (const [name, property] of Object.entries(properties)) {
        // `true` / `false` schemas (3.1) and malformed entries are the struct rule's business.
        if (!property || typeof property !== 'object') continue;
        if (hasText(property.description)) continue;
        if (typeof property.$ref === 'string' && hasText(resolve(property).node?.description)) continue;
        report({
          message: `Property \`${name}\` has no description: say what it holds (and its unit or format where that is not obvious).`,
          location: location.child(['properties', name]).key(),
        });
      }
    },
  };
}
