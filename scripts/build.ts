/**
 * npm run build [-- --api <id>] [--lint-only] [--out <dir>]
 * Lints every contract (any error or warning fails), then bundles each into
 * generated/<api>/ as YAML and JSON and generates its TypeScript types, then
 * the clients' list of retry-safe operations (client/retry-safe-operations.ts).
 * Ends with a report per API: its designed items (x-designed markers by node kind) and
 * its `redocly score` (agent readiness, documentation quality, example coverage).
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pickApis, repoRoot, UsageError } from './lib/apis.ts';
import { renderRetrySafeOperations, retrySafeOperationsFile } from '../client/build/retry-safe-operations.ts';
import { countDesigned, countItems, describeProvenance, findDesignedMarkers } from './lib/designed-markers.ts';
import { generateApi } from './lib/generate.ts';
import { lint } from './lib/redocly.ts';
import { describeScore, scoreApi, type ContractScore } from './lib/redocly-score.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      api: { type: 'string' },
      'lint-only': { type: 'boolean', default: false },
      out: { type: 'string', default: join(repoRoot, 'generated') },
    },
  });
  const apis = pickApis(values.api);

  const report = await lint(apis);
  for (const line of report.lines) console.log(line);
  console.log(`lint ${apis.join(', ')}: ${report.errors} errors, ${report.warnings} warnings${report.ignored ? `, ${report.ignored} ignored with a reason in .redocly.lint-ignore.yaml` : ''}`);
  if (report.errors + report.warnings > 0) return 1;
  if (values['lint-only']) return 0;

  // Scoring reads the specs, not the bundles: it runs in other processes while we bundle.
  const scores = apis.map((api) => scoreApi(api).then((score): ContractScore | Error => score, (error: Error) => error));
  const designed = new Map<string, string>();
  for (const api of apis) {
    const document = await generateApi(api, values.out);
    designed.set(api, describeProvenance(countDesigned(findDesignedMarkers(document)), countItems(document)));
    console.log(`built ${relative(repoRoot, join(values.out, api)) || '.'}/{openapi.yaml,openapi.json,schema.d.ts}`);
  }
  // The clients' list of retry-safe POSTs follows the committed contracts, not a scratch --out.
  if (values.out === join(repoRoot, 'generated')) {
    writeFileSync(retrySafeOperationsFile, renderRetrySafeOperations());
    console.log(`built ${relative(repoRoot, retrySafeOperationsFile)}`);
  }

  // The report informs; a score that cannot be read is said, and does not fail a good build.
  const settled = await Promise.all(scores);
  for (const [index, api] of apis.entries()) {
    const score = settled[index]!;
    console.log(`${api}: ${designed.get(api)}`);
    console.log(`${api}: score ${score instanceof Error ? `unavailable (${score.message})` : describeScore(score)}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : error instanceof Error ? error.message : String(error));
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
