import type { Client } from 'openapi-fetch';
import type { ExampleRequest } from '../../contract/examples.ts';
import { type JsonObject, type OpenApiDocument, type Operation, resolveRef } from '../../contract/spec.ts';

export interface CallResult {
  status: number;
  contentType: string | null;
  body: unknown;
}

/** The media type of the operation's first documented 2xx response, if any. */
function successMediaType(document: OpenApiDocument, operation: Operation): string | undefined {
  const responses = (operation.definition.responses ?? {}) as Record<string, unknown>;
  const success = Object.keys(responses).find((status) => status.startsWith('2'));
  if (!success) return undefined;
  const content = resolveRef<JsonObject>(document, responses[success]).content as JsonObject | undefined;
  return content ? Object.keys(content)[0] : undefined;
}

/** Calls one operation through a typed client, generically: method, templated path, params and body. */
export async function callOperation(
  client: Client<any>,
  document: OpenApiDocument,
  operation: Operation,
  request: ExampleRequest,
): Promise<CallResult> {
  const mediaType = successMediaType(document, operation);
  const parseAs = !mediaType || mediaType.includes('json') ? 'json' : 'text';
  const init: Record<string, unknown> = {
    params: { path: request.path, query: request.query, header: request.header },
    parseAs,
  };
  if (request.body !== undefined) init.body = request.body;
  const { data, error, response } = await (client.request as (...args: unknown[]) => Promise<{ data?: unknown; error?: unknown; response: Response }>)(
    operation.method.toUpperCase(),
    operation.path,
    init,
  );
  return { status: response.status, contentType: response.headers.get('content-type'), body: data ?? error };
}
