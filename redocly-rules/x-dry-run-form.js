// contracts/x-dry-run-form: the dry-run marker is `true`, on an operation that could change
// something.
//
//   x-dry-run: true     the documentation says this call applies nothing (a dry-run
//                       validation, a query sent as a POST)
//
// The conformance check "dry runs change nothing" reads every route under the operation's
// resource before and after calling it. A marker of another value (a string, `false`)
// would be read by nobody, and one on a GET says what HTTP already does, so both are
// errors rather than ignored.

export default function xDryRunForm() {
  return {
    Operation: {
      enter(operation, { report, location, key: method }) {
        if (!('x-dry-run' in operation)) return;
        const at = location.child(['x-dry-run']);
        if (operation['x-dry-run'] !== true) {
          report({ message: 'x-dry-run must be true; leave it out where the call may change something.', location: at });
          return;
        }
        if (['get', 'head', 'options'].includes(String(method))) {
          report({ message: `x-dry-run marks a call that could change something; a ${String(method).toUpperCase()} never should.`, location: at.key() });
        }
      },
    },
  };
}
