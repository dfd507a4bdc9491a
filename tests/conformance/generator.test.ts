import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFor } from '../../conformance/generate/arbitrary.ts';
import { negativeEdges, positiveEdges } from '../../conformance/generate/edges.ts';
import { bodyFields } from '../../conformance/generate/fields.ts';
import { type JsonObject, listOperations, loadSpec, type OpenApiDocument, refSegments } from '../../contract/spec.ts';
import { ContractValidator } from '../../contract/validator.ts';
import { builtApis } from '../helpers/apis.ts';

/** Every schema a request of the API carries: parameters and JSON bodies, as pointers into the document. */
function requestSchemas(api: string): { label: string; pointer: string[] }[] {
  const document = loadSpec(api);
  const found: { label: string; pointer: string[] }[] = [];
  for (const operation of listOperations(api)) {
    const base = ['paths', operation.path, operation.method];
    const parameters = (operation.definition.parameters ?? []) as JsonObject[];
    for (const [index, parameter] of parameters.entries()) {
      const parameterPointer = typeof parameter.$ref === 'string' ? refSegments(parameter.$ref) : [...base, 'parameters', String(index)];
      found.push({ label: `${operation.operationId} parameter ${parameterPointer.join('/')}`, pointer: [...parameterPointer, 'schema'] });
    }
    const requestBody = operation.definition.requestBody as JsonObject | undefined;
    const content = (requestBody?.content ?? {}) as Record<string, JsonObject>;
    if (content['application/json']?.schema) found.push({ label: `${operation.operationId} body`, pointer: [...base, 'requestBody', 'content', 'application/json', 'schema'] });
  }
  expect(found.length).toBeGreaterThan(0);
  return found;
}

describe.each(builtApis())('the schema generator on %s', (api) => {
  const document = loadSpec(api);
  const validator = new ContractValidator(document);
  const schemas = requestSchemas(api);
  const at = (pointer: string[]) => pointer.reduce<unknown>((node, key) => (node as JsonObject)[key], document);

  it('generates only values that validate against the schema (ajv)', () => {
    for (const { label, pointer } of schemas) {
      const arbitrary = arbitraryFor(at(pointer), { document }, pointer);
      fc.assert(
        fc.property(arbitrary, (value) => {
          const violations = validator.validateAt(pointer, value, label);
          if (violations.length > 0) throw new Error(`${label}: ${JSON.stringify(value).slice(0, 300)} — ${violations.map((violation) => `${violation.at} ${violation.documented}`).join('; ')}`);
        }),
        { numRuns: 25, seed: 42 },
      );
    }
  });

  it('its positive edges validate and its negative edges do not', () => {
    let positives = 0;
    let negatives = 0;
    const fieldSchemas = schemas.flatMap(({ label, pointer }) => [{ label, pointer }, ...bodyFields(document, at(pointer), pointer).map((field) => ({ label: `${label}.${field.path.join('.')}`, pointer: field.pointer }))]);
    for (const { label, pointer } of fieldSchemas) {
      for (const edge of positiveEdges(document, at(pointer), pointer)) {
        positives++;
        expect(validator.validateAt(pointer, edge.value, label), `${label}: ${edge.description}`).toEqual([]);
      }
      for (const edge of negativeEdges(document, at(pointer), pointer)) {
        negatives++;
        expect(validator.validateAt(pointer, edge.value, label).length, `${label}: ${edge.description}`).toBeGreaterThan(0);
      }
    }
    expect(positives).toBeGreaterThan(0);
    expect(negatives).toBeGreaterThan(0);
  });
});

describe('the schema generator on 2020-12 keywords the contracts use sparingly', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 'generator', version: '1' },
    paths: {},
    components: {
      schemas: {
        Money: { type: 'object', required: ['amount', 'currency'], additionalProperties: false, properties: { amount: { type: 'integer', minimum: 0, maximum: 1000, multipleOf: 5 }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } } },
        Mixed: {
          type: 'object',
          required: ['choice', 'tags', 'ratio', 'when', 'note'],
          minProperties: 6,
          properties: {
            choice: { oneOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'integer', exclusiveMinimum: 10, maximum: 12 }] },
            tags: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 3 }, uniqueItems: true, minItems: 1, maxItems: 4, contains: { const: 'id' } },
            ratio: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
            when: { type: ['string', 'null'], format: 'date-time' },
            note: { type: 'string', minLength: 3, maxLength: 5 },
            price: { allOf: [{ $ref: '#/components/schemas/Money' }] },
            contact: { type: 'string', format: 'email' },
            site: { type: 'string', format: 'uri' },
            id: { type: 'string', format: 'uuid' },
            day: { type: 'string', format: 'date' },
            created: { type: 'string', format: 'date-time', readOnly: true },
          },
        },
      },
    },
  } as unknown as OpenApiDocument;
  const validator = new ContractValidator(document);
  const pointer = ['components', 'schemas', 'Mixed'];
  const schema = (document.components as JsonObject).schemas as JsonObject;

  it('generates only valid values, including text outside ASCII and at its maximum length, and leaves readOnly fields out', () => {
    const seen = { nonAscii: false, atMaxLength: false, nullDate: false, readOnly: false };
    fc.assert(
      fc.property(arbitraryFor(schema.Mixed, { document }, pointer), (value) => {
        const violations = validator.validateAt(pointer, value, 'mixed');
        if (violations.length > 0) throw new Error(`${JSON.stringify(value)}: ${violations.map((violation) => `${violation.at} ${violation.documented}`).join('; ')}`);
        const record = value as Record<string, unknown>;
        if (/[^\x00-\x7f]/.test(String(record.note))) seen.nonAscii = true;
        if ([...String(record.note)].length === 5) seen.atMaxLength = true;
        if (record.when === null) seen.nullDate = true;
        if ('created' in record) seen.readOnly = true;
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(seen).toEqual({ nonAscii: true, atMaxLength: true, nullDate: true, readOnly: false });
  });

  it('the same seed gives the same values', () => {
    const sample = (seed: number) => fc.sample(arbitraryFor(schema.Mixed, { document }, pointer), { numRuns: 5, seed });
    expect(sample(3)).toEqual(sample(3));
    expect(sample(3)).not.toEqual(sample(4));
  });

  it('positive edges of every field validate, negative ones do not', () => {
    const fields = bodyFields(document, schema.Mixed, pointer);
    expect(fields.map((field) => field.path.join('.'))).toContain('price.currency');
    let negatives = 0;
    for (const field of fields) {
      for (const edge of positiveEdges(document, field.schema, field.pointer)) expect(validator.validateAt(field.pointer, edge.value, 'x'), edge.description).toEqual([]);
      for (const edge of negativeEdges(document, field.schema, field.pointer)) {
        negatives++;
        expect(validator.validateAt(field.pointer, edge.value, 'x').length, edge.description).toBeGreaterThan(0);
      }
    }
    expect(negatives).toBeGreaterThan(8);
  });
});
