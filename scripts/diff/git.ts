/**
 * Read-only git: which commit to compare against, and the bundled contracts in it.
 * Nothing here changes the repository (rev-parse, symbolic-ref, merge-base, ls-tree,
 * cat-file and show only).
 */
import { spawnSync } from 'node:child_process';
import { repoRoot, UsageError } from '../lib/apis.ts';

export interface GitResult {
  status: number;
  stdout: string;
}

/** Runs one git command; injected so that the choice of base can be tested without a repository. */
export type Git = (args: string[]) => GitResult;

export function gitIn(directory: string): Git {
  return (args) => {
    const result = spawnSync('git', args, { cwd: directory, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.error) throw new UsageError(`git could not be run: ${result.error.message}`);
    return { status: result.status ?? 1, stdout: result.stdout };
  };
}

export const repoGit: Git = gitIn(repoRoot);

export type BaseChoice = { commit: string; label: string } | { none: string };

/** The commit a ref names, or undefined. `--end-of-options` keeps a ref like "-x" from being read as an option. */
function commitOf(git: Git, ref: string): string | undefined {
  const result = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return result.status === 0 ? result.stdout.trim() : undefined;
}

const short = (commit: string) => commit.slice(0, 7);

/**
 * --base REF when given; otherwise the previous commit on main (or when there is no
 * main to compare with), and the merge base with main on any other branch.
 */
export function chooseBase(git: Git, requested: string | undefined): BaseChoice {
  if (git(['rev-parse', '--git-dir']).status !== 0) {
    throw new UsageError('not inside a git repository: pass --base-dir <dir> to compare against a folder instead');
  }
  if (requested !== undefined) {
    const commit = commitOf(git, requested);
    if (!commit) throw new UsageError(`--base: "${requested}" is not a commit in this repository`);
    return { commit, label: commit.startsWith(requested) ? short(commit) : `${requested} (${short(commit)})` };
  }

  const head = commitOf(git, 'HEAD');
  if (!head) return { none: 'the repository has no commits yet, so there is no base to compare against' };
  const branch = git(['symbolic-ref', '--quiet', '--short', 'HEAD']);
  const onMain = branch.status === 0 && branch.stdout.trim() === 'main';
  const main = commitOf(git, 'refs/heads/main') ?? commitOf(git, 'refs/remotes/origin/main');

  if (onMain || !main || main === head) {
    const parent = commitOf(git, 'HEAD~1');
    if (parent) return { commit: parent, label: `the previous commit (${short(parent)})` };
    if (git(['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true') {
      throw new UsageError('the previous commit is not in this shallow clone: fetch it (git fetch --deepen=1) or pass --base <ref>');
    }
    return { none: `HEAD (${short(head)}) is the first commit, so there is no base to compare against` };
  }
  const mergeBase = git(['merge-base', 'HEAD', main]);
  if (mergeBase.status !== 0) throw new UsageError('this branch shares no history with main: pass --base <ref>');
  const commit = mergeBase.stdout.trim();
  return { commit, label: `the merge base with main (${short(commit)})` };
}

/** The api ids that have a bundled contract (generated/<api>/openapi.json) in a commit. */
export function apisAtCommit(git: Git, commit: string): string[] {
  const listing = git(['ls-tree', '-r', '--name-only', commit, '--', 'generated/']);
  if (listing.status !== 0) return [];
  return listing.stdout
    .split('\n')
    .map((line) => /^generated\/([^/]+)\/openapi\.json$/.exec(line.trim())?.[1])
    .filter((api): api is string => api !== undefined);
}

/** A file's content in a commit. */
export function readAtCommit(git: Git, commit: string, path: string): string {
  const result = git(['show', `${commit}:${path}`]);
  if (result.status !== 0) throw new Error(`git show ${short(commit)}:${path} failed`);
  return result.stdout;
}
