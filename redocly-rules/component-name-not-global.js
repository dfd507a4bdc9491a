// contracts/component-name-not-global: no component is named after a JavaScript or
// TypeScript global.
//
// openapi-typescript nests every type under `components['schemas']`, so a schema named
// `Error` is harmless there. Most other generators (hey-api, orval, openapi-generator,
// quicktype) emit one top-level `export type Error = …` per component; in that module
// the name shadows the global, so the generated client's own `new Error(…)`, `Record<…>`
// or `new Response(…)` refers to the component instead and stops compiling, or compiles
// into something else. Generators also PascalCase names, so `error` collides too.
//
// The list is deliberate rather than exhaustive: the ECMAScript built-ins, TypeScript's
// global utility types, and the web platform globals that HTTP client code touches.

const ecmascriptGlobals = [
  'Array', 'ArrayBuffer', 'AsyncGenerator', 'AsyncIterator', 'Atomics', 'BigInt', 'Boolean',
  'DataView', 'Date', 'Error', 'EvalError', 'Function', 'Generator', 'Infinity', 'Intl',
  'Iterator', 'JSON', 'Map', 'Math', 'NaN', 'Number', 'Object', 'Promise', 'Proxy',
  'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set', 'SharedArrayBuffer', 'String',
  'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'WeakMap', 'WeakRef', 'WeakSet',
  'AggregateError', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Int8Array',
  'Int16Array', 'Int32Array', 'Uint8Array', 'Uint16Array', 'Uint32Array', 'BigInt64Array',
  'BigUint64Array', 'Uint8ClampedArray', 'Undefined', 'Null',
];

const typescriptGlobals = [
  'Awaited', 'Capitalize', 'ConstructorParameters', 'Exclude', 'Extract', 'InstanceType',
  'Lowercase', 'NoInfer', 'NonNullable', 'Omit', 'OmitThisParameter', 'Parameters', 'Partial',
  'Pick', 'Readonly', 'ReadonlyArray', 'ReadonlyMap', 'ReadonlySet', 'Record', 'Required',
  'ReturnType', 'ThisParameterType', 'ThisType', 'Uncapitalize', 'Uppercase', 'ArrayLike',
  'Iterable', 'IterableIterator', 'AsyncIterable', 'PromiseLike', 'PropertyKey',
  'PropertyDescriptor', 'TemplateStringsArray', 'Any', 'Unknown', 'Never', 'Void',
];

const webPlatformGlobals = [
  'AbortController', 'AbortSignal', 'Blob', 'BroadcastChannel', 'Buffer', 'Crypto',
  'CustomEvent', 'Document', 'DOMException', 'Element', 'Event', 'EventSource', 'EventTarget',
  'File', 'FileList', 'FileReader', 'FormData', 'Headers', 'History', 'Image', 'Location',
  'MessageChannel', 'MessageEvent', 'MessagePort', 'Navigator', 'Node', 'Notification',
  'Performance', 'Permissions', 'ReadableStream', 'Request', 'RequestInit', 'Response',
  'ResponseInit', 'Storage', 'Text', 'TextDecoder', 'TextEncoder', 'TransformStream', 'URL',
  'URLSearchParams', 'WebSocket', 'Window', 'Worker', 'WritableStream', 'XMLHttpRequest',
  'BodyInit', 'HeadersInit', 'RequestInfo',
];

export const reservedGlobalNames = new Set([...ecmascriptGlobals, ...typescriptGlobals, ...webPlatformGlobals]);

// The sections that generators turn into named types; examples, security schemes and
// links never become types, so their names are free.
const componentSections = {
  schemas: 'schema',
  responses: 'response',
  parameters: 'parameter',
  requestBodies: 'request body',
  headers: 'header',
};

/** The global a component name turns into once a generator PascalCases it, if any. */
export function globalNamed(name) {
  const pascal = name.charAt(0).toUpperCase() + name.slice(1);
  return reservedGlobalNames.has(pascal) ? pascal : undefined;
}

function messageFor(kind, name, global) {
  return `Component ${kind} \`${name}\` is named after the ${global === name ? '' : 'PascalCased '}JavaScript/TypeScript global \`${global}\`; generators that emit one type per component shadow the global with it. Choose a name that says what it is (e.g. \`Api${global}\`, \`${global}Body\`).`;
}

// The node types whose referenced files `redocly bundle` turns into components, by section.
const bundledKinds = { Schema: 'schema', Response: 'response', Parameter: 'parameter', RequestBody: 'request body', Header: 'header' };

export default function componentNameNotGlobal() {
  const reportedFiles = new Set();
  return {
    // Components written inline in the root document.
    Components(components, { report, location }) {
      for (const [section, kind] of Object.entries(componentSections)) {
        const named = components[section];
        if (!named || typeof named !== 'object') continue;
        for (const name of Object.keys(named)) {
          const global = globalNamed(name);
          if (global) report({ message: messageFor(kind, name, global), location: location.child([section, name]).key() });
        }
      }
    },
    // Components kept one per file (spec/<api>/components/schemas/Error.yaml): the bundle
    // names each after its file, so the file name is the component name.
    ref(refNode, { report, resolve, type }) {
      const kind = bundledKinds[type.name];
      if (!kind || typeof refNode.$ref !== 'string' || refNode.$ref.startsWith('#')) return;
      const [file, fragment] = refNode.$ref.split('#');
      if (fragment && fragment !== '/') return;
      const name = file.split('/').pop().replace(/\.(ya?ml|json)$/i, '');
      const global = globalNamed(name);
      if (!global) return;
      const target = resolve(refNode).location;
      const key = target?.source.absoluteRef ?? file;
      if (reportedFiles.has(key)) return;
      reportedFiles.add(key);
      report({ message: `${messageFor(kind, name, global)} (the bundle names it after its file)`, location: target ?? undefined });
    },
  };
}
