import { describe, expect, it } from 'vitest';
import { withDesignedNotes } from '../../scripts/docs/designed-notes.ts';
import { nodeAt } from '../../scripts/lib/openapi-walk.ts';
import { designedSpec } from '../build/fixtures/designed-spec.ts';

describe('designed notes in the spec the reference pages render', () => {
  const original = designedSpec();
  const { spec, markers } = withDesignedNotes(original);
  const description = (...pointer: string[]) => (nodeAt(spec, pointer) as { description?: string }).description;

  it('ends each designed node\'s description with its reason, after what it already says', () => {
    expect(description('paths', '/things/{id}', 'get')).toBe('Reads a thing.\n\n**Designed:** the seed names no read endpoint');
    expect(description('components', 'responses', 'NotFound')).toBe('No such thing.\n\n**Designed:** the seed documents no 404');
  });

  it('gives a node without a description the note as its description', () => {
    expect(description('paths', '/things/{id}', 'put', 'requestBody')).toBe('**Designed:** the seed shows no body');
    expect(description('components', 'schemas', 'Thing', 'properties', 'tags', 'items')).toBe('**Designed:** tag shape is ours');
  });

  it('lists the keywords of a keyword-form marker, each with its reason', () => {
    expect(description('paths', '/things/{id}', 'get', 'parameters', '0')).toBe('**Designed:** `schema` (no documented bound); `required` (optional by choice)');
    expect(description('components', 'schemas', 'Thing', 'properties', 'name')).toBe('The name.\n\n**Designed:** `maxLength` (no documented bound)');
  });

  it('renders a reason as text, never as HTML', () => {
    expect(description('paths', '/things/{id}', 'get', 'responses', '200', 'headers', 'x-request-id')).toBe('Request id.\n\n**Designed:** a &lt;tracing&gt; header');
  });

  it('leaves documented nodes, example data and the original spec untouched', () => {
    expect(description('components', 'schemas', 'Thing', 'properties', 'id')).toBe('The id.');
    expect(description('components', 'parameters', 'ThingId')).toBeUndefined();
    expect(nodeAt(spec, ['paths', '/things/{id}', 'get', 'responses', '200', 'content', 'application/json', 'example'])).toEqual({ id: 't1', 'x-designed': 'example data, not a marker' });
    expect(original).toEqual(designedSpec());
    expect(markers).toHaveLength(7);
  });
});
