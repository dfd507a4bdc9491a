/**
 * npm run lint:owasp [-- --api <id>] [--all]
 * Runs Spectral's OWASP bounds rules (.spectral.yaml) over each bundled spec and lists
 * every request input left unbounded (exit 1 when there is one); --all also lists the
 * response-only findings, which are not enforced.
 */
import { parseArgs } from 'node:util';
import { pickApis, UsageError } from './lib/apis.ts';
import { checkOwaspBounds, formatFinding } from './lib/owasp.ts';

async function main(): Promise<number> {
  let values: { api?: string; all?: boolean };
  try {
    ({ values } = parseArgs({ options: { api: { type: 'string' }, all: { type: 'boolean', default: false } } }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: npm run lint:owasp [-- --api <id>] [--all]`);
  }
  const apis = pickApis(values.api);
  const findings = await checkOwaspBounds(apis);
  for (const finding of findings) {
    if (finding.requestInput || values.all) console.log(`${finding.requestInput ? 'input   ' : 'response'} ${formatFinding(finding)}`);
  }
  let enforced = 0;
  for (const api of apis) {
    const mine = findings.filter((finding) => finding.api === api);
    const inputs = mine.filter((finding) => finding.requestInput);
    enforced += inputs.length;
    const byRule = new Map<string, number>();
    for (const finding of inputs) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
    const rules = [...byRule].map(([rule, count]) => `${count} ${rule.replace('owasp:api4:2023-', '')}`).join(', ');
    console.log(`${api}: ${inputs.length} unbounded request inputs${rules ? ` (${rules})` : ''}; ${mine.length - inputs.length} in response-only schemas, not enforced`);
  }
  return enforced > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
