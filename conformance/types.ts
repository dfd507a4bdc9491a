import type { OpenApiDocument, Operation } from '../contract/spec.ts';
import type { ContractValidator } from '../contract/validator.ts';
import type { RequestParts } from './http.ts';

export type Level = 'schema' | 'full';
/** Which credentials a request carries: identity A, the second tenant B, the read-only role, a named role (`role:contributor`), or none. */
export type IdentityName = 'a' | 'b' | 'readonly' | 'none' | `role:${string}`;

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
  /** error: breaks what the documentation states; warning: breaks only what the contract designed (x-designed). */
  severity?: Severity;
  /** The case source that produced the request (examples, coverage, fuzz, stateful…). */
  source?: CaseSource;
  /** The run's seed, so that `--seed` replays it. */
  seed?: number;
  /** A curl command that sends the (minimal) failing request again. */
  curl?: string;
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
 * messages out (none when the response conforms); an Issue instead of a bare
 * message names the contract node it breaks, for its severity.
 */
export interface ResponseCheck {
  name: string;
  description: string;
  judge(exchange: Exchange, contract: Contract): (string | Issue)[];
}

/* ──────────────────────────────────────────────────────────────────────────
 * The check interface (stable from here on).
 *
 * Case sources (conformance/phases/: examples, coverage, fuzz, stateful,
 * credentials, methods, links) build TestCases; the runner sends each one and
 * hands (case, exchange, context) to every registered Check whose `appliesTo`
 * accepts the case. The engine knows no check by name.
 *
 * Registering: a file under conformance/checks/ exports a value made with
 * `defineCheck({...})` (conformance/registry.ts). The registry imports every
 * module in that folder and keeps each defined check, ordered by file name
 * then export order; nothing else needs editing. Tests may pass their own
 * list instead (`runConformance({ checks })`).
 *
 * Reporting: `judge` returns Issues, none when the exchange conforms. Each
 * Issue is a "received … / documented …" message. Its severity comes from
 * provenance (conformance/provenance.ts): the engine looks at `constraint`
 * (the contract node and keyword the finding breaks), else the case's
 * `violates`, else the operation and the documented response; a node marked
 * x-designed makes it a warning, anything else is an error. Set `severity`
 * only to override that lookup. A check that sends follow-up requests uses
 * `context.send` (their responses are judged by the response-level checks
 * too) and `context.remember` for anything it creates, so cleanup runs even
 * when a sequence stops early.
 *
 * A ResponseCheck (above) is wrapped by `fromResponseCheck` in
 * conformance/registry.ts and judges every response the suite receives.
 * ────────────────────────────────────────────────────────────────────────── */

export type Severity = 'error' | 'warning';

/** The phases a run is made of, selectable with --phases. */
export type Phase = 'examples' | 'coverage' | 'fuzz' | 'stateful';
export const allPhases: readonly Phase[] = ['examples', 'coverage', 'fuzz', 'stateful'];

/** Where a case was made. credentials, methods and links cases run inside the phases that need them. */
export type CaseSource = Phase | 'credentials' | 'methods' | 'links';

/** A node of the contract (and optionally one keyword on it) that a case exercises or a finding breaks. */
export interface ConstraintRef {
  /** JSON pointer segments from the document root, unescaped: ['paths', '/v1/x', 'post', 'requestBody', …]. */
  pointer: string[];
  /** The keyword on that node: maxLength, enum, required, minimum…; absent for the node as a whole. */
  keyword?: string;
  /**
   * Nodes the case passed through to reach it when `$ref`s moved the pointer
   * away (the operation, the body schema, a parent property): a string
   * x-designed on any of them makes the constraint designed too.
   */
  via?: string[][];
}

/** One request a case source wants sent, and what the contract says should come of it. */
export interface TestCase {
  source: CaseSource;
  operation: Operation;
  identity: IdentityName;
  parts: RequestParts;
  /** A method other than the operation's (undocumented-method probes). */
  method?: string;
  /**
   * `valid`: the contract documents this request as acceptable (a 2xx is due);
   * `invalid`: it breaks exactly one documented constraint (a documented 4xx is due);
   * `unauthorized`: credentials missing or unusable (401 is due);
   * `any`: only the response-level checks apply (follow-ups, undocumented methods).
   */
  expect: 'valid' | 'invalid' | 'unauthorized' | 'any';
  /** In the report's words: "body.rating at its maximum 5", "required query parameter agentId left out". */
  description: string;
  /**
   * For an `unauthorized` case, what it carries: no credentials, ones malformed
   * for their scheme, or unknown ones shaped like identity A's (judged where
   * the server refuses them elsewhere: a server may open an account for any key).
   */
  credentials?: 'missing' | 'malformed' | 'unknown';
  /** For an `invalid` case: the one constraint it breaks (drives severity). */
  violates?: ConstraintRef;
  /** For a `valid` edge case: the constraint it sits on (a refusal of it is as designed as that constraint). */
  exercises?: ConstraintRef;
  /** Stateful sequences: the step's role and the link that led to it. */
  step?: { sequence: string; role: 'create' | 'read' | 'list' | 'update' | 'delete' | 'other'; link?: string };
}

/** What a check says is wrong with one exchange. */
export interface Issue {
  /** "received … / documented …". */
  message: string;
  /** The contract node the issue breaks; the engine derives severity from it. */
  constraint?: ConstraintRef;
  /** Overrides the provenance lookup; use sparingly. */
  severity?: Severity;
  /**
   * The follow-up exchange that shows the issue (an outsider's read, a read
   * after a delete). The finding names and replays it, and without a
   * constraint its severity follows that operation's documented answer.
   */
  exchange?: Exchange;
  /** The status the contract documents for `exchange` (404 for an outsider's read); severity follows that response. */
  documentedStatus?: number;
}

/** One exchange of a case, as the checks that judge it see it. */
export interface CaseExchange {
  testCase: TestCase;
  exchange: Exchange;
}

/** What a check may use besides the case and its exchange. */
export interface CheckContext {
  readonly contract: Contract;
  readonly level: Level;
  /** Earlier steps of the same stateful sequence, oldest first; empty outside sequences. */
  readonly history: readonly CaseExchange[];
  hasIdentity(identity: IdentityName): boolean;
  /** The contract's own valid request for an operation (examples first, then schema samples). */
  validRequest(operation: Operation | string): RequestParts;
  operation(operationId: string): Operation;
  /** Sends a follow-up request; its response is judged by the response-level checks. */
  send(operation: Operation | string, parts?: RequestParts, identity?: IdentityName): Promise<Exchange>;
  /** Registers a created resource's DELETE, run at cleanup even when a sequence stops early. */
  remember(deleteOperation: Operation, path: Record<string, string>, identity?: IdentityName): void;
  forget(deleteOperation: Operation, path: Record<string, string>): void;
  /** A suffix unique to this run, for ids that must not collide. */
  uniqueSuffix(): string;
}

/**
 * Where a run stands when it calls a check's `atCheckpoint`: before its first
 * phase (`start`), after each phase it ran, and after the scenarios (`end`,
 * before cleanup).
 */
export type Checkpoint = 'start' | Phase | 'end';

/** The one check shape: a function of (case, exchange, context) returning issues. */
export interface Check {
  name: string;
  description: string;
  /** `schema`: holds for a stateless server (Prism); `full`: needs state or real credentials. */
  level: Level;
  /** Whether this check judges the case at all (false: no pass, no fail, nothing tallied). */
  appliesTo(testCase: TestCase, contract: Contract): boolean;
  judge(testCase: TestCase, exchange: Exchange, context: CheckContext): Issue[] | Promise<Issue[]>;
  /**
   * Optional, for what no single case shows: what the whole run did to the
   * server (what identity A came to own by any operation, seen from B). Issues
   * name their `exchange`, as a follow-up's do; `appliesTo` is not consulted.
   */
  atCheckpoint?(checkpoint: Checkpoint, context: CheckContext): Issue[] | Promise<Issue[]>;
}
