import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { meaningfulLines, runRedocly } from './redocly.ts';

export const generatedFiles = ['openapi.yaml', 'openapi.json', 'schema.d.ts'] as const;

const yamlHeader = (api: string) =>
  `# Generated from spec/${api}/ by \`npm run build\`: do not edit. Edit the spec and rebuild.\n`;
const typesHeader = (api: string) =>
  `/**\n * Generated from spec/${api}/ by \`npm run build\` (openapi-typescript): do not edit.\n */\n\n`;

/**
 * Bundles one contract and derives its JSON and TypeScript forms into `outDir/<api>/`;
 * returns the bundled document, for the build's report.
 */
export async function generateApi(api: string, outDir: string): Promise<Record<string, unknown>> {
  const scratch = mkdtempSync(join(tmpdir(), `agent-contracts-${api}-`));
  try {
    const bundledPath = join(scratch, 'openapi.yaml');
    const result = await runRedocly(['bundle', api, '--output', bundledPath]);
    if (result.status !== 0) {
      throw new Error(`redocly bundle ${api} failed:\n${meaningfulLines(result.stderr).join('\n')}`);
    }
    const bundledYaml = readFileSync(bundledPath, 'utf8');
    const document = parse(bundledYaml) as Record<string, unknown>;
    const types = astToString(await openapiTS(document as never, { alphabetize: false, defaultNonNullable: false }));

    const target = join(outDir, api);
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'openapi.yaml'), yamlHeader(api) + bundledYaml);
    writeFileSync(join(target, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
    writeFileSync(join(target, 'schema.d.ts'), typesHeader(api) + types);
    return document;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
