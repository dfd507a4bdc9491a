import type { MockIdentities } from '../stateful/types.ts';

/** Credentials the runflow mock accepts; the demo ones own the demo fixture. */
export const runflowIdentities: MockIdentities = {
  demo: { 'x-api-key': 'rf_demo_key' },
  rule: 'any key starting rf_; each key is its own tenant (rf_noscope_… is valid but lacks access: 403)',
  conformance: { a: { 'x-api-key': 'rf_conformance_a' }, b: { 'x-api-key': 'rf_conformance_b' } },
};
