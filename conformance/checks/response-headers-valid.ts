import { type JsonObject, resolveRef } from '../../contract/spec.ts';
import type { ResponseCheck } from '../types.ts';

export const responseHeadersValid: ResponseCheck = {
  name: 'response headers valid',
  description: 'Headers a response documents as required are present, and every documented header that is present matches its schema.',
  judge(exchange, contract) {
    const response = exchange.response;
    if (!response) return [];
    const documented = contract.validator.documentedResponse(exchange.operation, response.status);
    const headers = (documented?.response.headers ?? {}) as Record<string, unknown>;
    const messages: string[] = [];
    for (const [name, raw] of Object.entries(headers)) {
      const header = resolveRef<JsonObject>(contract.document, raw);
      const value = response.headers.get(name);
      if (value === null) {
        if (header.required) messages.push(`received no ${name} header on ${response.status} / documented ${name} as required`);
        continue;
      }
      const schema = resolveRef<JsonObject>(contract.document, header.schema ?? {});
      const typed = schema.type === 'integer' || schema.type === 'number' ? (value.trim() === '' ? value : Number(value)) : value;
      if ((schema.type === 'integer' && !Number.isInteger(typed)) || (schema.type === 'number' && Number.isNaN(typed))) {
        messages.push(`received ${name}: ${JSON.stringify(value)} / documented type ${String(schema.type)}`);
        continue;
      }
      if (typeof schema.minimum === 'number' && typeof typed === 'number' && typed < schema.minimum) {
        messages.push(`received ${name}: ${value} / documented a value >= ${schema.minimum}`);
      }
      if (Array.isArray(schema.enum) && !schema.enum.includes(typed)) {
        messages.push(`received ${name}: ${JSON.stringify(value)} / documented one of ${schema.enum.join(', ')}`);
      }
    }
    return messages;
  },
};
