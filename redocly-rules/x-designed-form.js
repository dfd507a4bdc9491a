// contracts/x-designed-form: the provenance marker `x-designed` keeps the one form the
// mocks, the conformance suite and the docs portal read.
//
// Two forms, one name:
//   x-designed: "<reason>"                   the node and everything beneath it is designed
//   x-designed: { <keyword>: "<reason>" }    only those keywords of a schema or parameter are
// A reason is a non-empty single line of at most 200 characters. The marker sits on an
// operation, parameter, request body, response, header or schema, never beside a `$ref`
// (Redocly resolves the reference and the sibling would mark the wrong node, or none).
//
// A marker anywhere else is most likely meant for the node above or below it, and readers
// of the marker would silently miss it, so it is an error rather than ignored.

export const maxReasonLength = 200;

const markedNodeTypes = new Set(['Operation', 'Parameter', 'RequestBody', 'Response', 'Header', 'Schema']);
const keywordFormNodeTypes = new Set(['Schema', 'Parameter']);
const readableType = {
  Operation: 'operation',
  Parameter: 'parameter',
  RequestBody: 'request body',
  Response: 'response',
  Header: 'header',
  Schema: 'schema',
};

// Maps whose keys are names chosen by the author (property names, component names,
// header names…): a key spelled `x-designed` there is a name, not a marker. Paths,
// Responses and Callback maps are not in this set: their keys are paths, status codes
// and expressions, so an `x-designed` key in them is a misplaced marker.
function keysAreNames(type) {
  return type.extensionsPrefix === undefined && !['Paths', 'Responses', 'Callback'].includes(type.name);
}

/** Why `reason` is not a valid reason, or undefined when it is. */
export function reasonProblem(reason) {
  if (typeof reason !== 'string') return `must be a string, not ${reason === null ? 'null' : Array.isArray(reason) ? 'an array' : typeof reason}`;
  if (reason.trim() === '') return 'must not be empty';
  if (/[\r\n]/.test(reason)) return 'must be a single line';
  if (reason.length > maxReasonLength) return `must be at most ${maxReasonLength} characters (it has ${reason.length})`;
  return undefined;
}

function checkKeywordForm(marker, node, typeName, location, report) {
  const keywords = Object.keys(marker);
  if (!keywordFormNodeTypes.has(typeName)) {
    report({
      message: `x-designed on a ${readableType[typeName]} must be a one-line reason; the keyword form { <keyword>: <reason> } is for schemas and parameters only.`,
      location,
    });
    return;
  }
  if (keywords.length === 0) {
    report({ message: 'x-designed names no keyword: list the designed keywords, or use a one-line reason for the whole node.', location });
    return;
  }
  for (const keyword of keywords) {
    const at = location.child([keyword]);
    if (keyword === 'x-designed' || !(keyword in node)) {
      const present = Object.keys(node).filter((key) => key !== 'x-designed');
      report({
        message: `x-designed names \`${keyword}\`, which this ${readableType[typeName]} does not have; expected one of its keywords: ${present.join(', ') || '(none)'}.`,
        location: at.key(),
      });
      continue;
    }
    const problem = reasonProblem(marker[keyword]);
    if (problem) report({ message: `x-designed reason for \`${keyword}\` ${problem}.`, location: at });
  }
}

export default function xDesignedForm() {
  return {
    ref(refNode, { report, location }) {
      if (Object.prototype.hasOwnProperty.call(refNode, 'x-designed')) {
        report({
          message: 'x-designed must not sit beside $ref: put it on the referenced node, or inline the node that is designed.',
          location: location.child(['x-designed']).key(),
        });
      }
    },
    any(node, { type, report, location }) {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
      if (!Object.prototype.hasOwnProperty.call(node, 'x-designed')) return;
      if (keysAreNames(type)) return;
      const markerLocation = location.child(['x-designed']);
      if (!markedNodeTypes.has(type.name)) {
        report({
          message: `x-designed is not allowed on ${type.name}: put it on the operation, parameter, request body, response, header or schema it concerns.`,
          location: markerLocation.key(),
        });
        return;
      }
      const marker = node['x-designed'];
      if (marker !== null && typeof marker === 'object' && !Array.isArray(marker)) {
        checkKeywordForm(marker, node, type.name, markerLocation, report);
        return;
      }
      const problem = reasonProblem(marker);
      if (problem) {
        report({
          message: `x-designed ${problem}: expected a one-line reason (at most ${maxReasonLength} characters) or { <keyword>: <reason> }.`,
          location: markerLocation,
        });
      }
    },
  };
}
