/**
 * contracts/component-name-not-global, for components written inline and for components
 * kept one per file (the bundle names those after the file).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintTinySpec, type Finding } from './lint-tiny.ts';

const ok = { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } };

const spec = {
  openapi: '3.1.0',
  info: { title: 'Names', version: '1.0.0' },
  paths: {
    '/a': {
      get: {
        parameters: [{ $ref: '#/components/parameters/headers' }],
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { $ref: 'schemas/Event.yaml' } } } },
          '201': { description: 'ok', content: { 'application/json': { schema: { $ref: 'schemas/Thing.yaml' } } } },
          '400': { $ref: '#/components/responses/Response' },
          '404': ok,
        },
      },
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: 'schemas/Event.yaml' } } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }, '404': ok },
      },
    },
  },
  components: {
    schemas: {
      Error: { type: 'object' },
      record: { type: 'object' },
      ErrorBody: { type: 'object' },
      URLs: { type: 'string' },
    },
    parameters: { headers: { name: 'headers', in: 'query', schema: { type: 'string' } } },
    responses: { Response: { description: 'a response component named Response' } },
    // Examples and security schemes never become generated types.
    examples: { Record: { value: {} } },
    securitySchemes: { URL: { type: 'http', scheme: 'bearer' } },
  },
};

describe('contracts/component-name-not-global', () => {
  let findings: Finding[] = [];

  beforeAll(() => {
    findings = lintTinySpec(
      { 'openapi.yaml': spec, 'schemas/Event.yaml': { type: 'object' }, 'schemas/Thing.yaml': { type: 'object' } },
      { 'contracts/component-name-not-global': 'error' },
    );
  });

  it('reports inline components named after a global, PascalCased names included', () => {
    expect(findings.map((finding) => finding.at).sort()).toEqual(
      ['#/components/schemas/Error', '#/components/schemas/record', '#/components/parameters/headers', '#/components/responses/Response', 'schemas/Event.yaml#/'].sort(),
    );
    const record = findings.find((finding) => finding.at === '#/components/schemas/record')!;
    expect(record.message).toContain('Component schema `record` is named after the PascalCased JavaScript/TypeScript global `Record`');
  });

  it('reports a component file once, however often it is referenced, naming the file', () => {
    const event = findings.filter((finding) => finding.at.startsWith('schemas/Event.yaml'));
    expect(event).toHaveLength(1);
    expect(event[0]!.message).toContain('Component schema `Event` is named after the JavaScript/TypeScript global `Event`');
    expect(event[0]!.message).toContain('the bundle names it after its file');
  });

  it('covers the globals generated code meets: ECMAScript, TypeScript utility types and web APIs', () => {
    const globals = ['Record', 'Error', 'Object', 'Date', 'Map', 'Set', 'Promise', 'Response', 'Request', 'Event', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'JSON', 'Math', 'URL', 'Headers', 'Blob', 'File', 'Partial', 'Required', 'AbortSignal', 'FormData'];
    const harmless = ['Url', 'ErrorBody', 'Records', 'Dates', 'ApiResponse'];
    const schemas: Record<string, unknown> = {};
    for (const name of [...globals, ...harmless]) schemas[name] = { type: 'object' };
    const listed = lintTinySpec({ 'openapi.yaml': { openapi: '3.1.0', info: { title: 'All', version: '1' }, paths: {}, components: { schemas } } }, { 'contracts/component-name-not-global': 'error' });
    expect(listed.map((finding) => finding.at.replace('#/components/schemas/', '')).sort()).toEqual([...globals].sort());
  });
});
