/**
 * contracts/x-count-of-form: a counter's marker names a GET of the contract, and each
 * query entry one of its query parameters with a value its enum allows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintTinySpec, type Finding } from './lint-tiny.ts';

const ok = { '200': { description: 'ok' } };
const counter = (marker: unknown) => ({ type: 'integer', description: 'A counter.', 'x-count-of': marker });

const spec = {
  openapi: '3.1.0',
  info: { title: 'Counters', version: '1.0.0' },
  paths: {
    '/items': { get: { operationId: 'listItems', parameters: [{ $ref: '#/components/parameters/Status' }, { name: 'owner', in: 'query', schema: { type: 'string' } }], responses: ok } },
    '/items/make': { post: { operationId: 'makeItem', responses: ok } },
  },
  components: {
    parameters: { Status: { name: 'status', in: 'query', schema: { $ref: '#/components/schemas/Status' } } },
    schemas: {
      Status: { type: 'string', enum: ['open', 'closed'] },
      Good: { type: 'object', properties: { total: counter({ operationId: 'listItems', query: {} }), open: counter({ operationId: 'listItems', query: { status: 'open', owner: 'me' } }) } },
      Typos: { type: 'object', properties: { open: counter({ operationId: 'listItem', query: {} }), closed: counter({ operationId: 'listItems', query: { state: 'closed', status: 'shut' } }) } },
      Shape: { type: 'object', properties: { open: counter('listItems'), closed: counter({ operationId: 'listItems', where: {} }), made: counter({ operationId: 'makeItem' }) } },
    },
  },
};

describe('contracts/x-count-of-form', () => {
  let findings: Finding[] = [];

  beforeAll(() => {
    findings = lintTinySpec({ 'openapi.yaml': spec }, { 'contracts/x-count-of-form': 'error' });
  });

  const at = (schema: string) => findings.filter((finding) => finding.at.startsWith(`#/components/schemas/${schema}/`)).map((finding) => finding.message).sort();

  it('accepts a marker naming a list GET, its parameters (through $ref) and their enum values', () => {
    expect(at('Good')).toEqual([]);
  });

  it('names an unknown operation, an unknown parameter and a value outside the enum', () => {
    expect(at('Typos')).toEqual(
      [
        'x-count-of names `listItem`, which is not a GET of this contract.',
        'x-count-of query names `state`, which is not a query parameter of listItems.',
        'x-count-of query gives status "shut", which is not one of its values (open, closed).',
      ].sort(),
    );
  });

  it('wants a map with operationId and query, naming a GET', () => {
    expect(at('Shape')).toEqual(
      [
        'x-count-of must be a map: { operationId: <a list GET>, query: { <parameter>: <value> } }.',
        'x-count-of has no field `where`: expected operationId and query.',
        'x-count-of names `makeItem`, which is not a GET of this contract.',
      ].sort(),
    );
  });
});
