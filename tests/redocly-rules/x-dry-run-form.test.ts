/**
 * contracts/x-dry-run-form: the dry-run marker is `true`, and never on a GET.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintTinySpec, type Finding } from './lint-tiny.ts';

const ok = { '200': { description: 'ok' } };

const spec = {
  openapi: '3.1.0',
  info: { title: 'Dry runs', version: '1.0.0' },
  paths: {
    '/validate': { post: { 'x-dry-run': true, responses: ok } },
    '/worded': { post: { 'x-dry-run': 'validates only', responses: ok } },
    '/off': { post: { 'x-dry-run': false, responses: ok } },
    '/read': { get: { 'x-dry-run': true, responses: ok } },
  },
};

describe('contracts/x-dry-run-form', () => {
  let findings: Finding[] = [];

  beforeAll(() => {
    findings = lintTinySpec({ 'openapi.yaml': spec }, { 'contracts/x-dry-run-form': 'error' });
  });

  const at = (path: string) => findings.filter((finding) => finding.at.startsWith(`#/paths/~1${path}/`)).map((finding) => finding.message);

  it('accepts `true` on a POST', () => {
    expect(at('validate')).toEqual([]);
  });

  it('refuses any other value, naming the one form it reads', () => {
    expect(at('worded')).toEqual(['x-dry-run must be true; leave it out where the call may change something.']);
    expect(at('off')).toEqual(['x-dry-run must be true; leave it out where the call may change something.']);
  });

  it('refuses the marker on a GET', () => {
    expect(at('read')).toEqual(['x-dry-run marks a call that could change something; a GET never should.']);
  });
});
