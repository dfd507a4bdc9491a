import type { Credentials, Identities } from '../../contract/credentials.ts';
import type { HeaderReader } from './message.ts';

/**
 * Types that bind a handler to its operation in the generated types, so that a
 * contract change that breaks a handler breaks `tsc`.
 */

type JsonContent<Content> = Content extends { 'application/json': infer Body } ? Body : Content extends { [type: string]: infer Any } ? Any : never;

/** The request body an operation documents (its JSON media type). */
export type RequestBodyOf<Op> = Op extends { requestBody: { content: infer Content } }
  ? JsonContent<Content>
  : Op extends { requestBody?: { content: infer Content } }
    ? JsonContent<Content> | undefined
    : undefined;

type ParamsIn<Op, Where extends string> = Op extends { parameters: infer Params }
  ? Params extends Record<Where, infer Values>
    ? NonNullable<Values>
    : Params extends Partial<Record<Where, infer Values>>
      ? Partial<NonNullable<Values>>
      : Record<string, never>
  : Record<string, never>;

type ResponseBody<Response> = Response extends { content: infer Content } ? JsonContent<Content> : undefined;

/** Every response an operation documents, as `{status, body}` pairs; `5XX` is any 5xx number. */
export type ResultOf<Op> = Op extends { responses: infer Responses }
  ? {
      [Status in keyof Responses]: {
        status: Status extends `${infer Digit}XX` ? number & { __range?: Digit } : Status;
        body: ResponseBody<Responses[Status]>;
        headers?: Record<string, string>;
      };
    }[keyof Responses]
  : never;

/** What a handler receives: the validated request (coerced parameters, parsed body) and the caller. */
export interface HandlerContext<Op, Caller, Store> {
  path: ParamsIn<Op, 'path'>;
  query: ParamsIn<Op, 'query'>;
  headers: HeaderReader;
  body: RequestBodyOf<Op>;
  caller: Caller;
  store: Store;
  /** The body exactly as sent, for the few handlers that need it (webhook signatures). */
  rawBody: string;
  /** Where the request was sent (`http://127.0.0.1:4010`), for URLs a handler hands out. */
  origin: string;
}

export type Handler<Op, Caller, Store> = (
  context: HandlerContext<Op, Caller, Store>,
) => ResultOf<Op> | Response | Promise<ResultOf<Op> | Response>;

/** One handler per operation id of the generated `operations` interface: none may be missing. */
export type Handlers<Operations, Caller, Store> = {
  [OperationId in keyof Operations]: Handler<Operations[OperationId], Caller, Store>;
};

/** What a handler written generically over many operations receives (typed by operation id only). */
export interface LooseContext<Caller, Store> {
  path: Record<string, string>;
  query: Record<string, any>;
  headers: HeaderReader;
  body: any;
  caller: Caller;
  store: Store;
  rawBody: string;
  origin: string;
}

export interface Outcome {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A handler shared by several operations (e.g. one CRUD implementation for ten resources). */
export type LooseHandler<Caller, Store> = (context: LooseContext<Caller, Store>) => Outcome | Response | Promise<Outcome | Response>;

/** Credentials a mock accepts (design.md, "Mock identities"). */
export interface MockIdentities {
  /** The owner of the demo fixtures, shown by `npm start`. */
  demo: Credentials;
  /** Which credentials the mock accepts, in one line. */
  rule: string;
  /** Two tenants and (where the API has roles) a read-only role, as the conformance CLI takes them. */
  conformance: Identities;
}
