/**
 * The gate's decision for one API: a major change fails unless info.version got a new
 * major number. Redocly's own --check-version is not used: it asks for *at least* the
 * bump the changes need (and lets 0.x take breaking changes in a minor), while this
 * repository's rule is about the major number only, and minor bumps are advice.
 */
import type { Impact } from './engine.ts';
import type { ChangeGroup } from './changes.ts';

export type ApiStatus = 'unchanged' | 'compatible' | 'breaking-allowed' | 'breaking' | 'new' | 'removed' | 'not-built' | 'error';

export interface ApiOutcome {
  api: string;
  status: ApiStatus;
  /** True when this API makes the gate exit 1. */
  fails: boolean;
  /** One sentence: what happened and what to do. */
  note: string;
  baseVersion?: string;
  headVersion?: string;
  summary?: Record<Impact, number>;
  groups?: ChangeGroup[];
}

/** The leading number of a version: "2.1.0" → 2, "v3" → 3; undefined when there is none. */
export function majorOf(version: string | undefined): number | undefined {
  const match = /^v?(\d+)/.exec(version ?? '');
  return match ? Number(match[1]) : undefined;
}

/** The version a release with these changes should carry: 1.4.2 + minor → 1.5.0. */
export function nextVersion(version: string | undefined, bump: Impact): string | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version ?? '');
  if (!match) return undefined;
  const [major, minor, patch] = match.slice(1, 4).map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

function counts(summary: Record<Impact, number>): string {
  return `${summary.major} major, ${summary.minor} minor, ${summary.patch} patch`;
}

interface Compared {
  api: string;
  baseVersion?: string;
  headVersion?: string;
  summary: Record<Impact, number>;
  /** The bump the changes need, info.version's own change left out (the engine's `bump`). */
  bump?: Impact;
  groups: ChangeGroup[];
  /** Problems that leave the revision partly unresolved. */
  revisionProblems: string[];
}

export function decide(compared: Compared): ApiOutcome {
  const { api, baseVersion, headVersion, summary, bump, groups, revisionProblems } = compared;
  const base = { api, summary, groups, ...(baseVersion ? { baseVersion } : {}), ...(headVersion ? { headVersion } : {}) };
  const versions = `info.version ${baseVersion ?? '(none)'} → ${headVersion ?? '(none)'}`;

  if (revisionProblems.length > 0) {
    const shown = revisionProblems.slice(0, 3).join('; ');
    const more = revisionProblems.length > 3 ? `; and ${revisionProblems.length - 3} more (run \`npm run build\` to see them all)` : '';
    const note = `the new contract has problems that leave parts of it unresolved, so the diff can miss breaking changes: ${shown}${more}`;
    return { ...base, status: 'error', fails: true, note };
  }
  if (bump === undefined) {
    return { ...base, status: 'unchanged', fails: false, note: summary.patch > 0 ? `only info.version changed (${versions})` : 'no changes' };
  }
  if (bump === 'major') {
    const baseMajor = majorOf(baseVersion);
    const headMajor = majorOf(headVersion);
    if (baseMajor !== undefined && headMajor !== undefined && headMajor > baseMajor) {
      return { ...base, status: 'breaking-allowed', fails: false, note: `${counts(summary)}: breaking, released as a new major version (${versions})` };
    }
    const needed = nextVersion(baseVersion, 'major') ?? `a version with a major number above ${baseVersion ?? 'the base'}`;
    const why = baseMajor === undefined ? ` (info.version "${baseVersion ?? ''}" at the base has no major number to compare)` : '';
    return {
      ...base,
      status: 'breaking',
      fails: true,
      note: `${counts(summary)}: breaks consumers; undo the major changes or set info.version to ${needed}${why}`,
    };
  }
  const advice = nextVersion(baseVersion, bump);
  const versionNote =
    headVersion !== baseVersion ? versions : advice ? `release it as ${advice} (info.version is still ${baseVersion})` : versions;
  return { ...base, status: 'compatible', fails: false, note: `${counts(summary)}: compatible; ${versionNote}` };
}
