/**
 * contracts/x-designed-form on one tiny spec holding every valid form (which must pass)
 * and each invalid one (each reported once, at its own place, with a message that says
 * what was expected).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintTinySpec, type Finding } from './lint-tiny.ts';

const longest = 'x'.repeat(200);

const spec = {
  openapi: '3.1.0',
  info: { title: 'Markers', version: '1.0.0', 'x-designed': 'on info' },
  paths: {
    '/valid/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, 'x-designed': 'path parameter wholly designed' }],
      post: {
        'x-designed': 'the whole operation is ours',
        parameters: [
          { name: 'q', in: 'query', required: false, schema: { type: 'string', maxLength: 50 }, 'x-designed': { schema: 'bounded by us', required: 'optional by choice' } },
        ],
        requestBody: {
          'x-designed': 'the seed shows no body',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
        },
        responses: {
          '201': {
            description: 'created',
            'x-designed': longest,
            headers: { 'x-designed': { description: 'a header that happens to be called x-designed', schema: { type: 'string' } }, 'x-rate': { description: 'rate', schema: { type: 'integer' }, 'x-designed': 'header is ours' } },
          },
        },
      },
    },
    '/invalid': {
      'x-designed': 'on a path item',
      get: {
        responses: {
          '200': {
            description: 'ok',
            'x-designed': { description: 'the keyword form is for schemas and parameters' },
            content: {
              'application/json': {
                'x-designed': 'on a media type',
                schema: { $ref: '#/components/schemas/Thing', 'x-designed': 'beside a ref' },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['name'],
        'x-designed': { required: 'name required by us' },
        properties: {
          'x-designed': { type: 'string', description: 'a property called x-designed is a name, not a marker' },
          name: { type: 'string', minLength: 1, maxLength: 40, 'x-designed': { maxLength: 'no documented bound' } },
          tags: { type: 'array', maxItems: 10, items: { type: 'string', 'x-designed': 'items are ours' } },
          empty: { type: 'string', 'x-designed': '' },
          blank: { type: 'string', 'x-designed': '   ' },
          twoLines: { type: 'string', 'x-designed': 'first line\nsecond line' },
          tooLong: { type: 'string', 'x-designed': `${longest}y` },
          number: { type: 'string', 'x-designed': 42 },
          list: { type: 'string', 'x-designed': ['a reason'] },
          nothing: { type: 'string', 'x-designed': null },
          noKeywords: { type: 'string', 'x-designed': {} },
          absentKeyword: { type: 'string', 'x-designed': { maxLength: 'there is no maxLength here' } },
          selfKeyword: { type: 'string', 'x-designed': { 'x-designed': 'names itself' } },
          badKeywordReason: { type: 'string', pattern: '^a', 'x-designed': { pattern: 'one\ntwo' } },
        },
      },
    },
  },
};

describe('contracts/x-designed-form', () => {
  let findings: Finding[] = [];
  const at = (pointer: string) => findings.filter((finding) => finding.at === pointer).map((finding) => finding.message);

  beforeAll(() => {
    findings = lintTinySpec({ 'openapi.yaml': spec }, { 'contracts/x-designed-form': 'error' });
  });

  it('accepts both forms on every node kind that may carry them', () => {
    const reportedUnderValid = findings.filter((finding) => finding.at.startsWith('#/paths/~1valid'));
    expect(reportedUnderValid).toEqual([]);
    for (const property of ['x-designed', 'name', 'tags']) {
      expect(findings.filter((finding) => finding.at.startsWith(`#/components/schemas/Thing/properties/${property}/`))).toEqual([]);
    }
    expect(at('#/components/schemas/Thing/x-designed')).toEqual([]);
  });

  it('reports each invalid form once, where it is, and nothing else', () => {
    expect(findings.every((finding) => finding.ruleId === 'contracts/x-designed-form')).toBe(true);
    const property = (name: string) => `#/components/schemas/Thing/properties/${name}/x-designed`;
    expect(findings.map((finding) => finding.at).sort()).toEqual(
      [
        '#/info/x-designed',
        '#/paths/~1invalid/x-designed',
        '#/paths/~1invalid/get/responses/200/x-designed',
        '#/paths/~1invalid/get/responses/200/content/application~1json/x-designed',
        '#/paths/~1invalid/get/responses/200/content/application~1json/schema/x-designed',
        property('empty'),
        property('blank'),
        property('twoLines'),
        property('tooLong'),
        property('number'),
        property('list'),
        property('nothing'),
        property('noKeywords'),
        `${property('absentKeyword')}/maxLength`,
        `${property('selfKeyword')}/x-designed`,
        `${property('badKeywordReason')}/pattern`,
      ].sort(),
    );
  });

  it('says what is wrong with a reason', () => {
    const property = (name: string) => at(`#/components/schemas/Thing/properties/${name}/x-designed`)[0];
    expect(property('empty')).toContain('must not be empty');
    expect(property('blank')).toContain('must not be empty');
    expect(property('twoLines')).toContain('must be a single line');
    expect(property('tooLong')).toContain('at most 200 characters (it has 201)');
    expect(property('number')).toContain('must be a string, not number');
    expect(property('list')).toContain('must be a string, not an array');
    expect(property('nothing')).toContain('must be a string, not null');
    expect(property('noKeywords')).toContain('names no keyword');
    expect(at('#/components/schemas/Thing/properties/absentKeyword/x-designed/maxLength')[0]).toBe(
      'x-designed names `maxLength`, which this schema does not have; expected one of its keywords: type.',
    );
    expect(at('#/components/schemas/Thing/properties/badKeywordReason/x-designed/pattern')[0]).toBe('x-designed reason for `pattern` must be a single line.');
  });

  it('says where the marker belongs instead', () => {
    expect(at('#/info/x-designed')[0]).toContain('not allowed on Info');
    expect(at('#/paths/~1invalid/x-designed')[0]).toContain('not allowed on PathItem');
    expect(at('#/paths/~1invalid/get/responses/200/content/application~1json/x-designed')[0]).toContain('not allowed on MediaType');
    expect(at('#/paths/~1invalid/get/responses/200/x-designed')[0]).toContain('the keyword form { <keyword>: <reason> } is for schemas and parameters only');
    expect(at('#/paths/~1invalid/get/responses/200/content/application~1json/schema/x-designed')[0]).toContain('must not sit beside $ref');
  });
});
