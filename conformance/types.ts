import type { OpenApiDocument, Operation } from '../contract/spec.ts';
import type { ContractValidator } from '../contract/validator.ts';

export type Level = 'schema' | 'full';
/** Which credentials a request carries: identity A, the second tenant B, the read-only role, or none. */
export type IdentityName = 'a' | 'b' | 'readonly' | 'none';

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface ReceivedResponse {
  status: number;
  headers: Headers;
  contentType: string | null;
  text: string;
  /** The parsed JSON body, when the response is JSON; undefined otherwise. */
  json: unknown;
}

/** One request and what came back (or why nothing did). */
export interface Exchange {
  operation: Operation;
  identity: IdentityName;
  request: SentRequest;
  response?: ReceivedResponse;
  /** A transport failure: refused, reset, timed out. */
  error?: string;
}

/** One deviation from the contract, worded for the report. */
export interface Finding {
  check: string;
  operationId: string;
  /** `POST http://…/reviews` with the body, as sent. */
  request: string;
  /** "received … / documented …". */
  message: string;
}

/** The contract a run checks against. */
export interface Contract {
  api: string;
  document: OpenApiDocument;
  validator: ContractValidator;
}

/**
 * A check that judges every response the suite receives, whoever sent the
 * request. One signature for all: the exchange in, "received … / documented …"
 * messages out (none when the response conforms).
 */
export interface ResponseCheck {
  name: string;
  description: string;
  judge(exchange: Exchange, contract: Contract): string[];
}
