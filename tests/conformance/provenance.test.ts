import { describe, expect, it } from 'vitest';
import { provenanceOf, severityOf } from '../../conformance/provenance.ts';
import { collectOperations, type OpenApiDocument } from '../../contract/spec.ts';

/** A small contract of our own: one documented operation, one designed one, markers of both forms. */
const document = {
  openapi: '3.1.0',
  info: { title: 'provenance', version: '1' },
  paths: {
    '/notes': {
      post: {
        operationId: 'createNote',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/NoteInput' } } } },
        responses: {
          '201': { description: 'created' },
          '409': { description: 'exists', 'x-designed': 'the documentation names no conflict answer' },
          '429': { $ref: '#/components/responses/Throttled' },
        },
      },
    },
    '/notes/{id}/pin': {
      post: { operationId: 'pinNote', 'x-designed': 'pinning is not in the documentation', responses: { '204': { description: 'pinned' } } },
    },
  },
  components: {
    responses: { Throttled: { description: 'slow down', 'x-designed': 'no documented rate limit' } },
    schemas: {
      NoteInput: {
        type: 'object',
        required: ['text'],
        properties: {
          text: { type: 'string', minLength: 10, maxLength: 2000, 'x-designed': { maxLength: 'no documented bound; keeps inputs bounded' } },
          tags: { type: 'array', maxItems: 5, items: { type: 'string' }, 'x-designed': 'tags are a contract addition' },
          color: { $ref: '#/components/schemas/Color' },
        },
      },
      Color: { type: 'string', enum: ['red', 'blue'] },
      Legacy: { 'x-designed': 'a whole designed schema', type: 'object', properties: { level: { type: 'integer', maximum: 3 } } },
    },
  },
} as unknown as OpenApiDocument;

const [createNote, pinNote] = collectOperations('notes', document);
const text = ['components', 'schemas', 'NoteInput', 'properties', 'text'];

describe('severity by provenance (x-designed)', () => {
  it('a keyword marker makes only that keyword designed', () => {
    expect(provenanceOf(document, { pointer: text, keyword: 'maxLength' })).toEqual({ severity: 'warning', reason: 'no documented bound; keeps inputs bounded' });
    expect(provenanceOf(document, { pointer: text, keyword: 'minLength' })).toEqual({ severity: 'error' });
  });

  it('a string marker covers the node and everything beneath it', () => {
    expect(provenanceOf(document, { pointer: ['components', 'schemas', 'NoteInput', 'properties', 'tags', 'items'], keyword: 'type' }).severity).toBe('warning');
    expect(provenanceOf(document, { pointer: ['components', 'schemas', 'Legacy', 'properties', 'level'], keyword: 'maximum' }).severity).toBe('warning');
  });

  it('unmarked means documented, and a keyword marker on a parent does not spread to children', () => {
    expect(provenanceOf(document, { pointer: ['components', 'schemas', 'Color'], keyword: 'enum' }).severity).toBe('error');
    expect(provenanceOf(document, { pointer: ['components', 'schemas', 'NoteInput'], keyword: 'required' }).severity).toBe('error');
  });

  it('a designed operation or response makes its findings warnings; a documented one errors', () => {
    expect(severityOf(document, pinNote!, undefined, 204).severity).toBe('warning');
    expect(severityOf(document, createNote!, undefined, 409)).toEqual({ severity: 'warning', reason: 'the documentation names no conflict answer' });
    expect(severityOf(document, createNote!, undefined, 429).severity).toBe('warning');
    expect(severityOf(document, createNote!, undefined, 201).severity).toBe('error');
    expect(severityOf(document, createNote!, { pointer: ['components', 'schemas', 'Color'], keyword: 'enum' }, 400).severity).toBe('error');
  });

  it('a documented constraint stays an error when the answer the server gave is a designed response', () => {
    const color = { pointer: ['components', 'schemas', 'Color'], keyword: 'enum' };
    expect(severityOf(document, createNote!, color, 409).severity).toBe('error');
    expect(severityOf(document, createNote!, color, 429).severity).toBe('error');
    expect(severityOf(document, pinNote!, { pointer: ['paths', '/notes/{id}/pin', 'post', 'responses', '204'] }).severity).toBe('warning');
  });

  it('a string marker on a node the case passed through (before a $ref) counts', () => {
    const color = { pointer: ['components', 'schemas', 'Color'], keyword: 'enum' };
    expect(severityOf(document, createNote!, { ...color, via: [['components', 'schemas', 'Legacy']] }).severity).toBe('warning');
    expect(severityOf(document, createNote!, { ...color, via: [['components', 'schemas', 'NoteInput']] }).severity).toBe('error');
  });
});
