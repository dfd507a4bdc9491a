import type { Identities } from '../../conformance/session.ts';

/** Credentials that the mocks accept (design.md, "Mock identities"), as the conformance CLI would be given them. */
export const conformanceIdentities: Record<string, Identities> = {
  agentruntime: {
    a: { Authorization: 'Bearer pat_admin_acme_conformance', 'X-Tenant-Id': 'acme', 'X-Project-Id': 'proj-main' },
    b: { Authorization: 'Bearer pat_admin_globex_conformance', 'X-Tenant-Id': 'globex', 'X-Project-Id': 'proj-main' },
    readonly: { Authorization: 'Bearer pat_viewer_acme_conformance', 'X-Tenant-Id': 'acme', 'X-Project-Id': 'proj-main' },
  },
  runflow: { a: { 'x-api-key': 'rf_conformance_a' }, b: { 'x-api-key': 'rf_conformance_b' } },
  runtype: { a: { Authorization: 'Bearer rt_conformance_a' }, b: { Authorization: 'Bearer rt_conformance_b' } },
  'intent-runs': { a: { 'x-api-key': 'ir_conformance_a' }, b: { 'x-api-key': 'ir_conformance_b' } },
};
