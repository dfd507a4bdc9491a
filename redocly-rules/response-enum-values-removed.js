// contracts/response-enum-values-removed: a value was removed from an enum that a
// response carries.
//
// Redocly rates this a patch: a client that only reads never receives the value again,
// and nothing it receives is new. Our consumers generate code from the contract, and
// for them it breaks the build: the value disappears from the generated TypeScript
// union (or Java/Kotlin enum), so every `case 'archived':` or `=== 'archived'` that
// handled it stops compiling. (Removing a value from a *request* enum is already major
// in Redocly's `enum-values-removed`; adding one to a response, in `enum-values-added`.)
//
// A diff rule is a visitor over changes, not over nodes: `change.kind` is added,
// removed or modified, a modified change names its `property`, and `getDirections()`
// says whether the changed schema is read in requests, responses or both.

export default function responseEnumValuesRemoved() {
  return {
    Schema(change, { report, getDirections }) {
      if (change.kind !== 'modified' || change.property !== 'enum') return;
      if (!getDirections().includes('response')) return;
      const before = change.base?.value;
      const after = change.revision?.value;
      // No enum before, or none after (any value allowed now): other rules' business.
      if (!Array.isArray(before) || !Array.isArray(after)) return;
      const lost = before.filter((value) => !after.some((kept) => JSON.stringify(kept) === JSON.stringify(value)));
      if (lost.length === 0) return;
      const values = lost.map((value) => `'${String(value)}'`).join(', ');
      report({ message: `Enum${fieldOf(change.path)} in a response lost values: ${values}.` });
    },
  };
}

/** " of `state`" from a change path ending in …/properties/state; "" when the schema is not a named field. */
function fieldOf(path) {
  const segments = String(path).split('/');
  const index = segments.lastIndexOf('properties');
  const name = index >= 0 ? segments[index + 1] : undefined;
  return name ? ` of \`${name.replaceAll('~1', '/').replaceAll('~0', '~')}\`` : '';
}
