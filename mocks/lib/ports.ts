/** The ports of design.md: stateful mock 401x, Prism 411x, in api order. */
export const ports: Record<string, { stateful: number; prism: number }> = {
  agentruntime: { stateful: 4010, prism: 4110 },
  runflow: { stateful: 4011, prism: 4111 },
  runtype: { stateful: 4012, prism: 4112 },
  'intent-runs': { stateful: 4013, prism: 4113 },
};

export const loopback = '127.0.0.1';
