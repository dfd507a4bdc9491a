import { resolveRef, type JsonObject } from '../../contract/spec.ts';
import { matchMediaType } from '../../contract/validator.ts';
import type { ResponseCheck } from '../types.ts';

export const contentTypeDocumented: ResponseCheck = {
  name: 'content type documented',
  description: 'A response body comes with a Content-Type the response documents; a response documented without content has no body.',
  judge(exchange, contract) {
    const response = exchange.response;
    if (!response) return [];
    const documented = contract.validator.documentedResponse(exchange.operation, response.status);
    if (!documented) return [];
    const content = resolveRef<JsonObject>(contract.document, documented.response).content as Record<string, unknown> | undefined;
    const mediaTypes = Object.keys(content ?? {});
    if (mediaTypes.length === 0) {
      return response.text.length > 0 ? [`received a ${response.contentType ?? 'untyped'} body for ${response.status} / documented no body`] : [];
    }
    if (response.text.length === 0 && response.status !== 204) {
      return [`received an empty body for ${response.status} / documented ${mediaTypes.join(' or ')}`];
    }
    if (response.text.length > 0 && !matchMediaType(mediaTypes, response.contentType)) {
      return [`received Content-Type ${response.contentType ?? '(none)'} / documented ${mediaTypes.join(' or ')}`];
    }
    return [];
  },
};
