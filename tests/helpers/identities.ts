import type { Identities } from '../../conformance/session.ts';

/** Credentials that the mocks accept (design.md, "Mock identities"), as the conformance CLI would be given them. */
export const conformanceIdentities: Record<string, Identities> = {
  runflow: { a: { 'x-api-key': 'rf_conformance_a' }, b: { 'x-api-key': 'rf_conformance_b' } },
  runtype: { a: { Authorization: 'Bearer rt_conformance_a' }, b: { Authorization: 'Bearer rt_conformance_b' } },
  'intent-runs': { a: { 'x-api-key': 'ir_conformance_a' }, b: { 'x-api-key': 'ir_conformance_b' } },
};
