/**
 * contracts/x-same-credential-as-form: the marker joins a scheme to another scheme of the
 * document, and both carry one opaque value (an API key anywhere, a bearer token).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintTinySpec, type Finding } from './lint-tiny.ts';

const spec = {
  openapi: '3.1.0',
  info: { title: 'Keys', version: '1.0.0' },
  paths: {},
  components: {
    securitySchemes: {
      Key: { type: 'apiKey', in: 'header', name: 'x-api-key' },
      KeyAsBearer: { type: 'http', scheme: 'bearer', 'x-same-credential-as': 'Key' },
      KeyInCookie: { type: 'apiKey', in: 'cookie', name: 'key', 'x-same-credential-as': 'Key' },
      Typo: { type: 'http', scheme: 'bearer', 'x-same-credential-as': 'Kee' },
      Itself: { type: 'http', scheme: 'bearer', 'x-same-credential-as': 'Itself' },
      Basic: { type: 'http', scheme: 'basic', 'x-same-credential-as': 'Key' },
    },
  },
};

describe('contracts/x-same-credential-as-form', () => {
  let findings: Finding[] = [];
  beforeAll(() => {
    findings = lintTinySpec({ 'openapi.yaml': spec }, { 'contracts/x-same-credential-as-form': 'error' });
  });
  const at = (scheme: string) => findings.filter((finding) => finding.at === `#/components/securitySchemes/${scheme}/x-same-credential-as`).map((finding) => finding.message);

  it('accepts a bearer token or a cookie that carries the key of another scheme', () => {
    expect(at('KeyAsBearer')).toEqual([]);
    expect(at('KeyInCookie')).toEqual([]);
  });

  it('names the schemes it could mean when the marker names none of them', () => {
    expect(at('Typo')).toEqual(['x-same-credential-as must name another scheme of components.securitySchemes (Key, KeyAsBearer, KeyInCookie, Itself, Basic).']);
    expect(at('Itself')[0]).toContain('must name another scheme');
  });

  it('refuses a scheme whose credential is not one value', () => {
    expect(at('Basic')).toEqual(['x-same-credential-as joins Basic, which does not carry one opaque value (an apiKey, or http bearer).']);
  });
});
