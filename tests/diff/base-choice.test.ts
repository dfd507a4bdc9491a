/**
 * Which commit the gate compares against, on a scripted git: no repository is created
 * or changed. Each fake answers only the commands it is given; anything else fails,
 * as git would for a ref that does not exist.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../scripts/lib/apis.ts';
import { chooseBase, type Git } from '../../scripts/diff/git.ts';

const HEAD = 'a'.repeat(40);
const PARENT = 'b'.repeat(40);
const MAIN = 'c'.repeat(40);
const FORK = 'd'.repeat(40);

function fakeGit(answers: Record<string, string>): Git {
  return (args) => {
    const key = args.join(' ');
    return key in answers ? { status: 0, stdout: `${answers[key]}\n` } : { status: 1, stdout: '' };
  };
}

const revParse = (ref: string) => `rev-parse --verify --quiet --end-of-options ${ref}^{commit}`;
const repo = { 'rev-parse --git-dir': '.git' };

describe('the base the gate compares against', () => {
  it('on main: the previous commit', () => {
    const git = fakeGit({ ...repo, [revParse('HEAD')]: HEAD, 'symbolic-ref --quiet --short HEAD': 'main', [revParse('refs/heads/main')]: HEAD, [revParse('HEAD~1')]: PARENT });
    expect(chooseBase(git, undefined)).toEqual({ commit: PARENT, label: 'the previous commit (bbbbbbb)' });
  });

  it('on another branch: the merge base with main', () => {
    const git = fakeGit({
      ...repo,
      [revParse('HEAD')]: HEAD,
      'symbolic-ref --quiet --short HEAD': 'feature/x',
      [revParse('refs/heads/main')]: MAIN,
      [`merge-base HEAD ${MAIN}`]: FORK,
      [revParse('HEAD~1')]: PARENT,
    });
    expect(chooseBase(git, undefined)).toEqual({ commit: FORK, label: 'the merge base with main (ddddddd)' });
  });

  it('on a branch of a clone without a local main: the merge base with origin/main', () => {
    const git = fakeGit({ ...repo, [revParse('HEAD')]: HEAD, 'symbolic-ref --quiet --short HEAD': 'fix', [revParse('refs/remotes/origin/main')]: MAIN, [`merge-base HEAD ${MAIN}`]: FORK });
    expect(chooseBase(git, undefined)).toEqual({ commit: FORK, label: 'the merge base with main (ddddddd)' });
  });

  it('with one commit: no base, which is not an error', () => {
    const git = fakeGit({ ...repo, [revParse('HEAD')]: HEAD, 'symbolic-ref --quiet --short HEAD': 'main', 'rev-parse --is-shallow-repository': 'false' });
    expect(chooseBase(git, undefined)).toEqual({ none: 'HEAD (aaaaaaa) is the first commit, so there is no base to compare against' });
  });

  it('with no commit at all: no base', () => {
    expect(chooseBase(fakeGit(repo), undefined)).toEqual({ none: 'the repository has no commits yet, so there is no base to compare against' });
  });

  it('in a shallow clone without the parent: a usage error, not a silent pass', () => {
    const git = fakeGit({ ...repo, [revParse('HEAD')]: HEAD, 'symbolic-ref --quiet --short HEAD': 'main', 'rev-parse --is-shallow-repository': 'true' });
    expect(() => chooseBase(git, undefined)).toThrow(UsageError);
    expect(() => chooseBase(git, undefined)).toThrow('fetch it (git fetch --deepen=1)');
  });

  it('--base names a commit, or is refused', () => {
    const git = fakeGit({ ...repo, [revParse('v1.2.0')]: MAIN });
    expect(chooseBase(git, 'v1.2.0')).toEqual({ commit: MAIN, label: 'v1.2.0 (ccccccc)' });
    expect(() => chooseBase(git, 'v9')).toThrow('--base: "v9" is not a commit in this repository');
  });

  it('outside a repository: a usage error that names --base-dir', () => {
    expect(() => chooseBase(fakeGit({}), undefined)).toThrow('pass --base-dir <dir>');
  });
});
