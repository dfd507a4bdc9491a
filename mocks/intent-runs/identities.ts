import type { MockIdentities } from '../stateful/types.ts';

/** Credentials the intent-runs mock accepts; the demo ones own the demo fixture. */
export const intentRunsIdentities: MockIdentities = {
  demo: { 'x-api-key': 'ir_demo_key' },
  rule: 'any non-empty key; each key is its own account',
  conformance: { a: { 'x-api-key': 'ir_conformance_a' }, b: { 'x-api-key': 'ir_conformance_b' } },
};
