import { describe, expect, it } from 'vitest';
import { collectExamples } from '../../contract/example-walk.ts';
import { loadSpec, type OpenApiDocument } from '../../contract/spec.ts';
import { ContractValidator, formatViolation } from '../../contract/validator.ts';
import { builtApis } from '../helpers/apis.ts';

function invalidExamples(document: OpenApiDocument): string[] {
  const validator = new ContractValidator(document);
  const problems: string[] = [];
  for (const example of collectExamples(document)) {
    for (const violation of validator.validateAt(example.schemaPointer, example.value, 'example')) {
      problems.push(`${example.where}: ${formatViolation(violation)}`);
    }
  }
  return problems;
}

describe.each(builtApis())('the %s contract', (api) => {
  it('has examples, and every one of them validates against its schema', () => {
    const document = loadSpec(api);
    expect(collectExamples(document).length).toBeGreaterThan(10);
    expect(invalidExamples(document)).toEqual([]);
  });
});

describe('the example check', () => {
  const tinyContract = (example: unknown): OpenApiDocument => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/things': {
        get: {
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' }, example } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['a', 'b'] } } },
      },
    },
  });

  it('reports an example whose enum value the schema does not allow, saying what was received and documented', () => {
    expect(invalidExamples(tinyContract({ kind: 'c' }))).toEqual([
      'GET /things 200 application/json: example.kind: received "c" / documented one of "a", "b"',
    ]);
  });

  it('reports an example missing a required property', () => {
    expect(invalidExamples(tinyContract({}))[0]).toContain('example.kind: received nothing / documented a required property');
  });

  it('accepts a matching example', () => {
    expect(invalidExamples(tinyContract({ kind: 'a' }))).toEqual([]);
  });
});
