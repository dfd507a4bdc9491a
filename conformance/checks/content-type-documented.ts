import { resolveRef, type JsonObject } from '../../contract/spec.ts';
import { matchMediaType } from '../../contract/validator.ts';
import { pointerSegments } from '../../contract/json-pointer.ts';
import type { Issue, ResponseCheck } from '../types.ts';

const isJson = (mediaType: string | null | undefined) => typeof mediaType === 'string' && /^application\/(?:[\w.+-]+\+)?json\b/i.test(mediaType.trim());

/**
 * The body the response documents, as the constraint a wrong media type breaks:
 * where that body is a shape this contract designed (an error body the
 * documentation never shows), so is the JSON media type it is sent in
 * (problem+json for json). A body that is not JSON at all where JSON is
 * documented breaks the response itself, whatever its shape's provenance.
 */
function designedBody(content: Record<string, unknown>): Pick<Issue, 'constraint'> {
  for (const media of Object.values(content)) {
    const schema = (media as JsonObject | undefined)?.schema as JsonObject | undefined;
    if (typeof schema?.$ref === 'string' && schema.$ref.startsWith('#/')) return { constraint: { pointer: pointerSegments(schema.$ref) } };
  }
  return {};
}

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
      const notJsonAtAll = mediaTypes.every(isJson) && !isJson(response.contentType);
      return [{ message: `received Content-Type ${response.contentType ?? '(none)'} / documented ${mediaTypes.join(' or ')}`, ...(notJsonAtAll ? {} : designedBody(content!)) }];
    }
    return [];
  },
};
