import { describe, expect, it } from 'vitest';
import { contentTypeDocumented } from '../../conformance/checks/content-type-documented.ts';
import { notAServerError } from '../../conformance/checks/not-a-server-error.ts';
import { responseBodyValid } from '../../conformance/checks/response-body-valid.ts';
import { responseHeadersValid } from '../../conformance/checks/response-headers-valid.ts';
import { statusCodeDocumented } from '../../conformance/checks/status-code-documented.ts';
import type { Contract, Exchange } from '../../conformance/types.ts';
import { findOperation, loadSpec } from '../../contract/spec.ts';
import { ContractValidator } from '../../contract/validator.ts';

const document = loadSpec('runflow');
const contract: Contract = { api: 'runflow', document, validator: new ContractValidator(document) };

function exchange(operationId: string, status: number, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Exchange {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return {
    operation: findOperation('runflow', operationId),
    identity: 'a',
    request: { method: 'GET', url: 'http://127.0.0.1/x', headers: {} },
    response: { status, headers: new Headers(headers), contentType: headers['content-type'] ?? null, text, json },
  };
}

const review = document.components!.examples as Record<string, { value: Record<string, unknown> }>;
const validReview = review.PendingReview!.value;

describe('the response checks, each against a wrong response', () => {
  it('"not a server error" fails on a 500 and passes on a 404', () => {
    expect(notAServerError.judge(exchange('getReview', 500, { statusCode: 500, message: 'x', error: 'y' }), contract)).toEqual(['received 500 / documented an answer that is not a server error']);
    expect(notAServerError.judge(exchange('getReview', 404, {}), contract)).toEqual([]);
  });

  it('"status code documented" fails on a status the operation does not document', () => {
    expect(statusCodeDocumented.judge(exchange('getReview', 409, {}), contract)).toEqual([{ message: 'received status 409 / documented 200, 400, 401, 403, 404, 429, 5XX' }]);
    expect(statusCodeDocumented.judge(exchange('getReview', 503, {}), contract)).toEqual([]);
    // createReview's 201 is this contract's choice: a 200 in its place is judged against that designed response.
    expect(statusCodeDocumented.judge(exchange('createReview', 200, validReview), contract)).toEqual([{ message: expect.stringMatching(/^received status 200 \/ documented 201,/), documentedStatus: 201 }]);
    expect(statusCodeDocumented.judge(exchange('createReview', 418, {}), contract)[0]).not.toHaveProperty('documentedStatus');
  });

  it('"content type documented" fails on a text/html body and on a body where none is documented', () => {
    // Not JSON at all: the response itself is broken, not the (maybe designed) shape of its body.
    expect(contentTypeDocumented.judge(exchange('getReview', 200, '<html>', { 'content-type': 'text/html' }), contract)).toEqual([{ message: 'received Content-Type text/html / documented application/json' }]);
    // Another JSON media type: judged by the body's schema, whose provenance then decides.
    expect(contentTypeDocumented.judge(exchange('getReview', 200, validReview, { 'content-type': 'application/vnd.review+json' }), contract)).toEqual([{ message: 'received Content-Type application/vnd.review+json / documented application/json', constraint: { pointer: ['components', 'schemas', 'Review'] } }]);
    expect(contentTypeDocumented.judge(exchange('deleteReview', 204, { deleted: true }), contract)).toEqual(['received a application/json body for 204 / documented no body']);
    expect(contentTypeDocumented.judge(exchange('getReview', 200, validReview), contract)).toEqual([]);
  });

  it('"response body valid" names the field, what was received and what is documented', () => {
    const wrong = { ...validReview, status: 'closed', priority: undefined };
    expect(responseBodyValid.judge(exchange('getReview', 200, wrong), contract).map((issue) => (typeof issue === 'string' ? issue : issue.message))).toEqual([
      'body.priority: received nothing / documented a required property',
      'body.status: received "closed" / documented one of "pending_review", "in_progress", "resolved", "wont_fix"',
    ]);
    expect(responseBodyValid.judge(exchange('getReview', 200, '{not json'), contract)[0]).toMatch(/^received a body that is not valid JSON/);
    expect(responseBodyValid.judge(exchange('getReview', 200, validReview), contract)).toEqual([]);
  });

  it('"response headers valid" fails when a required documented header is missing or malformed', () => {
    const withRetryAfter = {
      ...contract,
      document: structuredClone(document),
    };
    const responses = (withRetryAfter.document.paths['/api/v1/runtime/v1/observability/reviews/{reviewId}']!.get as { responses: Record<string, unknown> }).responses;
    responses['429'] = { description: 'slow down', headers: { 'Retry-After': { required: true, schema: { type: 'integer', minimum: 0 } } } };
    withRetryAfter.validator = new ContractValidator(withRetryAfter.document);
    const operation = { ...findOperation('runflow', 'getReview'), definition: withRetryAfter.document.paths['/api/v1/runtime/v1/observability/reviews/{reviewId}']!.get as Record<string, unknown> };
    const base = exchange('getReview', 429, undefined, {});
    expect(responseHeadersValid.judge({ ...base, operation }, withRetryAfter)).toEqual(['received no Retry-After header on 429 / documented Retry-After as required']);
    const malformed = exchange('getReview', 429, undefined, { 'retry-after': 'soon' });
    expect(responseHeadersValid.judge({ ...malformed, operation }, withRetryAfter)).toEqual(['received Retry-After: "soon" / documented type integer']);
    const negative = exchange('getReview', 429, undefined, { 'retry-after': '-1' });
    expect(responseHeadersValid.judge({ ...negative, operation }, withRetryAfter)).toEqual(['received Retry-After: "-1" / documented >= 0']);
    const fine = exchange('getReview', 429, undefined, { 'retry-after': '30' });
    expect(responseHeadersValid.judge({ ...fine, operation }, withRetryAfter)).toEqual([]);
  });
});
