/**
 * What the report adds to the engine's output: the place of a change in words, the
 * operations a shared component reaches, and the decision about info.version.
 */
import { describe, expect, it } from 'vitest';
import { describePlace, fieldPath, ReferenceGraph, splitChangePath } from '../../scripts/diff/operations.ts';
import { decide, majorOf, nextVersion } from '../../scripts/diff/verdict.ts';
import { operation, tinySpec } from './fixtures/tiny-spec.ts';

describe('placing a change', () => {
  it('reads schema paths as field paths', () => {
    expect(fieldPath(['properties', 'items', 'items', 'properties', 'note'])).toBe('items[].note');
    expect(fieldPath(['oneOf', '1', 'properties', 'kind'])).toBe('<oneOf 1>.kind');
    expect(fieldPath(['additionalProperties', 'properties', 'x'])).toBe('*.x');
    expect(fieldPath([])).toBe('');
  });

  it('names the operation, the response and the field', () => {
    const spec = tinySpec();
    const split = splitChangePath('#/paths/~1items/get/responses/200/content/application~1json/schema/properties/items/items/properties/note', spec);
    expect(split.operation).toEqual({ method: 'get', path: '/items', operationId: 'listItems' });
    expect(describePlace(split.rest, operation(spec, '/items', 'get'))).toBe('response 200 body: items[].note');
  });

  it('names a parameter by its name, following the document', () => {
    const spec = tinySpec();
    const split = splitChangePath('#/paths/~1items/get/parameters/1/schema', spec);
    expect(describePlace(split.rest, operation(spec, '/items', 'get'))).toBe('`state` query parameter');
    expect(describePlace(['requestBody', 'content', 'application/json', 'schema', 'properties', 'name'], {})).toBe('request body: name');
    expect(describePlace(['responses', '200', 'content', 'text/csv', 'schema'], {})).toBe('response 200 (text/csv) body');
  });

  it('keeps a path-level change apart from an operation', () => {
    expect(splitChangePath('#/paths/~1items~1{id}', tinySpec())).toEqual({ pathItem: '/items/{id}', rest: [] });
  });
});

describe('the operations a component reaches', () => {
  const graph = new ReferenceGraph(tinySpec());
  const names = (pointer: string) => graph.operationsReaching(pointer).map((reach) => `${reach.operationId} ${reach.directions.join('+')}`).sort();

  it('follows $refs through other components, per direction', () => {
    expect(names('#/components/schemas/Item/properties/note')).toEqual(['createItem response', 'getItem response', 'listItems response']);
    expect(names('#/components/schemas/NewItem')).toEqual(['createItem request']);
    expect(names('#/components/schemas/Error')).toEqual(['createItem response', 'deleteItem response', 'getItem response', 'listItems response']);
  });

  it('counts a security scheme as reached by the operations it guards', () => {
    expect(names('#/components/securitySchemes/ApiKey')).toEqual(['createItem request', 'deleteItem request', 'getItem request', 'listItems request']);
  });

  it('reaches nothing from a pointer outside the components', () => {
    expect(names('#/paths/~1items/get')).toEqual([]);
  });
});

describe('the decision about info.version', () => {
  const compared = (baseVersion: string, headVersion: string, bump?: 'major' | 'minor' | 'patch') => ({
    api: 'tiny',
    baseVersion,
    headVersion,
    summary: { major: bump === 'major' ? 1 : 0, minor: bump === 'minor' ? 1 : 0, patch: bump === 'patch' ? 1 : 0 },
    ...(bump ? { bump } : {}),
    groups: [],
    revisionProblems: [],
  });

  it('fails a major change unless the major number went up', () => {
    expect(decide(compared('1.4.2', '1.5.0', 'major'))).toMatchObject({ status: 'breaking', fails: true });
    expect(decide(compared('1.4.2', '1.5.0', 'major')).note).toContain('set info.version to 2.0.0');
    expect(decide(compared('1.4.2', '2.0.0', 'major'))).toMatchObject({ status: 'breaking-allowed', fails: false });
    expect(decide(compared('0.3.0', '1.0.0', 'major'))).toMatchObject({ status: 'breaking-allowed', fails: false });
    expect(decide(compared('draft', '2.0.0', 'major'))).toMatchObject({ status: 'breaking', fails: true });
  });

  it('passes minor and patch changes, advising the version to release', () => {
    expect(decide(compared('1.4.2', '1.4.2', 'minor'))).toMatchObject({ status: 'compatible', fails: false });
    expect(decide(compared('1.4.2', '1.4.2', 'minor')).note).toContain('release it as 1.5.0');
    expect(decide(compared('1.4.2', '1.4.2'))).toMatchObject({ status: 'unchanged', fails: false });
  });

  it('fails when the revision has unresolved parts, whatever the changes', () => {
    expect(decide({ ...compared('1.0.0', '1.0.0', 'patch'), revisionProblems: ["Can't resolve $ref at #/x"] })).toMatchObject({ status: 'error', fails: true });
  });

  it('reads version numbers', () => {
    expect(majorOf('v3.1')).toBe(3);
    expect(majorOf('next')).toBeUndefined();
    expect(nextVersion('1.4.2', 'patch')).toBe('1.4.3');
    expect(nextVersion('2024-01', 'minor')).toBeUndefined();
  });
});
