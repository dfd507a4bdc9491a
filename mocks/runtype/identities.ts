import type { MockIdentities } from '../stateful/types.ts';

/** Credentials the runtype mock accepts; the demo ones own the demo fixture. */
export const runtypeIdentities: MockIdentities = {
  demo: { Authorization: 'Bearer rt_demo_key' },
  rule: 'any bearer key starting rt_; each key is its own account',
  conformance: { a: { Authorization: 'Bearer rt_conformance_a' }, b: { Authorization: 'Bearer rt_conformance_b' } },
};
