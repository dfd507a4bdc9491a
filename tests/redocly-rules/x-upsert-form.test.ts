/**
 * contracts/x-upsert-form: the upsert marker sits on a POST with a JSON body, and its key
 * names properties of that body (dotted for nested ones, through $ref and allOf).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintTinySpec, type Finding } from './lint-tiny.ts';

const body = { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Upsert' } } } };
const ok = { '200': { description: 'ok' } };

const spec = {
  openapi: '3.1.0',
  info: { title: 'Upserts', version: '1.0.0' },
  paths: {
    '/good': { post: { 'x-upsert': { key: ['agentId', 'config.eventName'], keepsUnsentFields: true }, requestBody: body, responses: ok } },
    '/typo': { post: { 'x-upsert': { key: ['agentID', 'config.event'] }, requestBody: body, responses: ok } },
    '/shape': { post: { 'x-upsert': { key: 'agentId', merges: true, keepsUnsentFields: 'yes' }, requestBody: body, responses: ok } },
    '/bodiless': { post: { 'x-upsert': { key: ['agentId'] }, responses: ok } },
    '/external': { post: { 'x-upsert': { key: ['agentId', 'config.eventName'] }, requestBody: { content: { 'application/json': { schema: { $ref: 'schemas/Upsert.yaml' } } } }, responses: ok } },
    '/put': { put: { 'x-upsert': { key: ['agentId'] }, requestBody: body, responses: ok } },
  },
  components: {
    schemas: {
      Upsert: { allOf: [{ type: 'object', properties: { agentId: { type: 'string' } } }, { type: 'object', properties: { config: { $ref: '#/components/schemas/Config' } } }] },
      Config: { type: 'object', properties: { eventName: { type: 'string' } } },
    },
  },
};

describe('contracts/x-upsert-form', () => {
  let findings: Finding[] = [];

  beforeAll(() => {
    findings = lintTinySpec(
      {
        'openapi.yaml': spec,
        // A relative $ref inside another file is relative to that file.
        'schemas/Upsert.yaml': { type: 'object', properties: { agentId: { type: 'string' }, config: { $ref: './Config.yaml' } } },
        'schemas/Config.yaml': { type: 'object', properties: { eventName: { type: 'string' } } },
      },
      { 'contracts/x-upsert-form': 'error' },
    );
  });

  const at = (path: string) => findings.filter((finding) => finding.at.startsWith(`#/paths/~1${path}/`)).map((finding) => finding.message);

  it('accepts a key of the body\'s fields, nested ones through $ref and allOf', () => {
    expect(at('good')).toEqual([]);
    expect(at('external')).toEqual([]);
  });

  it('names each key field the body does not have', () => {
    expect(at('typo')).toEqual(['x-upsert key `agentID` is not a property of the request body.', 'x-upsert key `config.event` is not a property of the request body.']);
  });

  it('reports a key that is not a list, an unknown field and a flag that is not a boolean', () => {
    expect(at('shape').sort()).toEqual(
      [
        'x-upsert has no field `merges`: expected key and, optionally, keepsUnsentFields.',
        'x-upsert keepsUnsentFields must be true or false.',
        'x-upsert key must be a non-empty list of request field names (dotted for nested fields).',
      ].sort(),
    );
  });

  it('wants a POST with a JSON body', () => {
    expect(at('bodiless')).toEqual(['x-upsert needs a JSON request body whose fields the key names.']);
    expect(at('put')).toEqual(['x-upsert belongs on a POST; this is a PUT.']);
  });
});
