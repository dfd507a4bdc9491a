// contracts/x-same-credential-as-form: the marker that two security schemes carry one secret.
//
//   components:
//     securitySchemes:
//       BearerApiKey:
//         type: http
//         scheme: bearer
//         x-same-credential-as: ApiKeyHeader   the key of ApiKeyHeader, sent as a Bearer token
//
// The conformance check "every documented credential form works" moves identity A's
// credential from the form it was given in to each form the marker joins it with, and
// holds a refusal there against the server. A marker naming a scheme that does not exist,
// or one that cannot carry a single opaque value (Basic's user and password, OAuth flows),
// would make it send something no documentation promised, so each is an error.

/** Schemes whose credential is one opaque value: an API key wherever it travels, a bearer token. */
function carriesOneValue(scheme) {
  if (!scheme || typeof scheme !== 'object') return false;
  if (scheme.type === 'apiKey') return ['header', 'query', 'cookie'].includes(scheme.in);
  return scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer';
}

export default function xSameCredentialAsForm() {
  return {
    NamedSecuritySchemes: {
      enter(schemes, { report, location, resolve }) {
        for (const [name, raw] of Object.entries(schemes)) {
          const scheme = resolve(raw).node;
          if (!scheme || typeof scheme !== 'object' || !('x-same-credential-as' in scheme)) continue;
          const at = location.child([name, 'x-same-credential-as']);
          const other = scheme['x-same-credential-as'];
          if (typeof other !== 'string' || other === name || !(other in schemes)) {
            report({ message: `x-same-credential-as must name another scheme of components.securitySchemes (${Object.keys(schemes).filter((key) => key !== name).join(', ') || 'none'}).`, location: at });
            continue;
          }
          for (const [which, node] of [[name, scheme], [other, resolve(schemes[other]).node]]) {
            if (!carriesOneValue(node)) report({ message: `x-same-credential-as joins ${which}, which does not carry one opaque value (an apiKey, or http bearer).`, location: at });
          }
        }
      },
    },
  };
}
