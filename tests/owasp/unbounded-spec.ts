/**
 * A tiny spec for the OWASP bounds check, with one of each case the request-input
 * classification must get right: component and inline parameters, a request body
 * through a $ref, a recursive schema, a readOnly property, bounded fields, a
 * response-only schema, and an example whose data looks like a schema.
 */
export const unboundedSpec = {
  openapi: '3.1.0',
  info: { title: 'Unbounded', version: '1.0.0' },
  paths: {
    '/things': {
      get: {
        parameters: [
          { $ref: '#/components/parameters/Search' },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'size', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' }, example: { id: 'a', shape: { type: 'string' } } } },
          },
        },
      },
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/NewThing' } } } },
        responses: { '201': { description: 'created', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
      },
    },
  },
  components: {
    parameters: { Search: { name: 'search', in: 'query', schema: { type: 'string' } } },
    schemas: {
      NewThing: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          kind: { type: 'string', enum: ['a', 'b'] },
          note: { type: 'string', maxLength: 200 },
          tags: { type: 'array', items: { type: 'string' } },
          stamp: { type: 'string', readOnly: true },
          tree: { $ref: '#/components/schemas/Node' },
        },
      },
      Node: {
        type: 'object',
        properties: { label: { type: 'string' }, children: { type: 'array', maxItems: 5, items: { $ref: '#/components/schemas/Node' } } },
      },
      Thing: { type: 'object', properties: { id: { type: 'string' } } },
    },
  },
};
