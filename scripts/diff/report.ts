/**
 * The two renderings of a run: lines for the terminal, and Markdown fit for a
 * pull-request comment or a changelog entry (the same facts, grouped by operation).
 */
import { describeRow, type ChangeGroup } from './changes.ts';
import type { Impact } from './engine.ts';
import { operationLabel } from './operations.ts';
import type { ApiOutcome, ApiStatus } from './verdict.ts';

export interface RunSummary {
  baseLabel: string;
  headLabel: string;
  outcomes: ApiOutcome[];
}

const statusText: Record<ApiStatus, string> = {
  unchanged: 'unchanged',
  compatible: 'compatible',
  'breaking-allowed': 'breaking, new major version',
  breaking: 'BREAKING',
  new: 'new',
  removed: 'REMOVED',
  'not-built': 'not bundled yet',
  error: 'ERROR',
};

const statusBadge: Record<ApiStatus, string> = {
  unchanged: '✅ unchanged',
  compatible: '✅ compatible',
  'breaking-allowed': '⚠️ breaking, new major version',
  breaking: '❌ breaking',
  new: '🆕 new',
  removed: '❌ removed',
  'not-built': '⏳ not bundled yet',
  error: '❌ error',
};

const impactBadge: Record<Impact, string> = { major: '🔴 major', minor: '🟢 minor', patch: '⚪ patch' };

function versions(outcome: ApiOutcome): string {
  if (outcome.baseVersion === undefined && outcome.headVersion === undefined) return '';
  if (outcome.baseVersion === outcome.headVersion) return outcome.headVersion ?? '';
  return `${outcome.baseVersion ?? '—'} → ${outcome.headVersion ?? '—'}`;
}

/** The terminal report. `brief` (the gate): one line per API, plus the major changes of a failing one. */
export function consoleLines(run: RunSummary, brief: boolean): string[] {
  const lines = [`contract diff: ${run.baseLabel} → ${run.headLabel}`];
  for (const outcome of run.outcomes) {
    const mark = outcome.fails ? '✖' : '✔';
    const version = versions(outcome);
    lines.push(`${mark} ${outcome.api}${version ? ` ${version}` : ''}: ${statusText[outcome.status]}: ${outcome.note}`);
    const groups = outcome.groups ?? [];
    for (const group of groups) {
      const rows = brief ? group.rows.filter((row) => row.impact === 'major' && outcome.fails) : group.rows;
      if (rows.length === 0) continue;
      lines.push(`    ${group.heading}`);
      for (const row of rows) {
        if (row.messages.length === 0) {
          // No rule rated it: the engine's default impact for its kind; the place says it all.
          lines.push(`      ${row.impact.padEnd(5)}  ${row.kind} ${row.where}`);
        } else {
          lines.push(`      ${row.impact.padEnd(5)}  ${describeRow(row)} [${row.ruleIds.join(', ')}]`);
          lines.push(`             at ${row.where}`);
        }
        if (row.alsoAffects.length > 0) lines.push(`             also affects ${row.alsoAffects.join(', ')}`);
      }
    }
  }
  return lines;
}

/** Escapes a value for one Markdown table cell. */
function cell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll(/\r?\n/g, ' ');
}

function changeCounts(outcome: ApiOutcome): string {
  const summary = outcome.summary;
  if (!summary) return '—';
  if (summary.major + summary.minor + summary.patch === 0) return 'none';
  return `${summary.major} major · ${summary.minor} minor · ${summary.patch} patch`;
}

function groupTable(group: ChangeGroup): string[] {
  const operation = group.operation;
  const heading = operation ? `\`${operationLabel(operation)}\`${operation.operationId ? ` (${operation.operationId})` : ''}` : group.heading;
  const lines = [`#### ${heading}`, ''];
  lines.push('| impact | change | where | rule | also affects |', '| --- | --- | --- | --- | --- |');
  for (const row of group.rows) {
    const rules = row.ruleIds.length > 0 ? row.ruleIds.map((id) => `\`${id}\``).join(' ') : '—';
    lines.push(`| ${impactBadge[row.impact]} | ${cell(describeRow(row))} | ${cell(row.where)} | ${rules} | ${cell(row.alsoAffects.join(', ')) || '—'} |`);
  }
  lines.push('');
  return lines;
}

export function markdownReport(run: RunSummary): string {
  const lines = ['## Contract diff', '', `Base: ${run.baseLabel} · head: ${run.headLabel}`, ''];
  lines.push('| API | info.version | changes | verdict |', '| --- | --- | --- | --- |');
  for (const outcome of run.outcomes) {
    lines.push(`| ${outcome.api} | ${cell(versions(outcome)) || '—'} | ${changeCounts(outcome)} | ${statusBadge[outcome.status]} |`);
  }
  lines.push('');
  for (const outcome of run.outcomes) {
    const groups = outcome.groups ?? [];
    if (groups.length === 0 && !outcome.fails) continue;
    lines.push(`### ${outcome.api}: ${statusBadge[outcome.status]}`, '', cell(outcome.note), '');
    for (const group of groups) lines.push(...groupTable(group));
  }
  const failing = run.outcomes.filter((outcome) => outcome.fails).map((outcome) => outcome.api);
  lines.push(
    failing.length > 0
      ? `**The gate fails** on ${failing.join(', ')}: a major change needs a new major info.version, or must be undone.`
      : '**The gate passes.**',
    '',
    '<sub>Impacts and rules by `redocly diff` (diff-recommended, plus the rules in `redocly-rules/`); generated by `npm run diff`.</sub>',
    '',
  );
  return lines.join('\n');
}

/** The report when there is nothing to compare against. */
export function noBaseMarkdown(reason: string): string {
  return ['## Contract diff', '', `No comparison: ${reason}.`, '', '**The gate passes.**', ''].join('\n');
}
