/**
 * contracts/property-description: a property is described by its own description, by one
 * beside its $ref, or by the referenced schema's; anything else is reported at the property.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintTinySpec, type Finding } from './lint-tiny.ts';

const spec = {
  openapi: '3.1.0',
  info: { title: 'Descriptions', version: '1.0.0' },
  paths: {
    '/things': {
      get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } } },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        properties: {
          described: { type: 'string', description: 'has its own' },
          besideRef: { $ref: '#/components/schemas/Bare', description: 'described where it is used' },
          toDescribed: { $ref: '#/components/schemas/Described' },
          toBare: { $ref: '#/components/schemas/Bare' },
          missing: { type: 'string' },
          blank: { type: 'string', description: '  ' },
          list: { type: 'array', description: 'items need no description of their own', items: { type: 'string' } },
          nested: { type: 'object', description: 'an object', properties: { inner: { type: 'integer' } } },
          composed: { description: 'composed', allOf: [{ type: 'object', properties: { part: { type: 'string' } } }] },
          external: { $ref: 'Stamp.yaml' },
        },
      },
      Described: { type: 'string', description: 'the component says it' },
      Bare: { type: 'string' },
    },
  },
};

describe('contracts/property-description', () => {
  let findings: Finding[] = [];

  beforeAll(() => {
    findings = lintTinySpec(
      { 'openapi.yaml': spec, 'Stamp.yaml': { type: 'string', format: 'date-time', description: 'a moment' } },
      { 'contracts/property-description': 'error' },
    );
  });

  it('reports exactly the properties that say nothing, at the property', () => {
    const thing = '#/components/schemas/Thing/properties';
    expect(findings.map((finding) => finding.at).sort()).toEqual(
      [`${thing}/toBare`, `${thing}/missing`, `${thing}/blank`, `${thing}/nested/properties/inner`, `${thing}/composed/allOf/0/properties/part`].sort(),
    );
    expect(findings.find((finding) => finding.at === `${thing}/missing`)!.message).toBe(
      'Property `missing` has no description: say what it holds (and its unit or format where that is not obvious).',
    );
  });
});
