import { exampleRequest } from '../contract/examples.ts';
import { findOperationIn, type JsonObject, type Operation } from '../contract/spec.ts';
import { responseChecks } from './checks/response-checks.ts';
import { describeRequest, type RequestParts, send } from './http.ts';
import type { Contract, Exchange, Finding, IdentityName, Level } from './types.ts';

export type Credentials = Record<string, string>;

export interface Identities {
  a: Credentials;
  b?: Credentials;
  readonly?: Credentials;
}

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  skipReasons: Set<string>;
}

/** A resource the run created, and how to delete it afterwards. */
interface Created {
  operation: Operation;
  path: Record<string, string>;
  identity: IdentityName;
}

/**
 * One conformance run against one server: sends requests as the chosen
 * identity, judges every response with the response checks, and keeps the
 * tally, the findings, and what must be cleaned up.
 */
export class Session {
  readonly findings: Finding[] = [];
  readonly tallies = new Map<string, Tally>();
  /** Unique per run, so that resources created by two runs never collide. */
  readonly runId = `conf${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  private readonly created: Created[] = [];
  private suffixCounter = 0;
  private readonly credentialHeaders: Set<string>;
  requestCount = 0;
  private readonly exampleExchanges = new Map<string, Promise<Exchange>>();

  constructor(
    readonly contract: Contract,
    readonly baseUrl: string,
    readonly identities: Identities,
    readonly level: Level,
  ) {
    this.credentialHeaders = credentialHeaderNames(contract);
  }

  /** A suffix no other request of this run (or of another run) uses. */
  uniqueSuffix(): string {
    return `${this.runId}-${++this.suffixCounter}`;
  }

  operation(operationId: string): Operation {
    return findOperationIn(this.contract.api, this.contract.document, operationId);
  }

  /** The contract's own valid request for an operation, with identity A's headers. */
  validRequest(operation: Operation): RequestParts {
    const example = exampleRequest(this.contract.document, operation);
    return { path: example.path, query: example.query, headers: example.header, ...(example.body !== undefined ? { body: example.body } : {}) };
  }

  /**
   * The answer to the contract's own valid request, sent once per operation and
   * shared by the checks that judge it or measure against it.
   */
  exampleExchange(operation: Operation): Promise<Exchange> {
    let exchange = this.exampleExchanges.get(operation.operationId);
    if (!exchange) {
      exchange = this.call(operation, this.validRequest(operation));
      this.exampleExchanges.set(operation.operationId, exchange);
    }
    return exchange;
  }

  /** Headers for an identity: its credentials over the request's own headers; `none` strips credentials only. */
  headersFor(identity: IdentityName, own: Record<string, string> = {}): Record<string, string> {
    const base = { ...own, ...this.identities.a };
    if (identity === 'none') {
      return Object.fromEntries(Object.entries(base).filter(([name]) => !this.credentialHeaders.has(name.toLowerCase())));
    }
    const chosen = identity === 'a' ? {} : (this.identities[identity] ?? {});
    return { ...base, ...chosen };
  }

  hasIdentity(identity: IdentityName): boolean {
    return identity === 'a' || identity === 'none' || this.identities[identity] !== undefined;
  }

  /** Sends a request and judges the response with every response check. */
  async call(operation: Operation | string, parts: RequestParts = {}, identity: IdentityName = 'a', method?: string): Promise<Exchange> {
    const resolved = typeof operation === 'string' ? this.operation(operation) : operation;
    const headers = parts.rawHeaders ?? this.headersFor(identity, parts.headers);
    this.requestCount++;
    const exchange = await send(resolved, identity, this.baseUrl, { ...parts, headers }, method);
    if (!exchange.response) {
      this.fail('server reachable', exchange, `received no response (${exchange.error}) / documented an HTTP answer`);
      return exchange;
    }
    if (method === undefined) {
      for (const check of responseChecks) {
        const messages = check.judge(exchange, this.contract);
        if (messages.length === 0) this.pass(check.name);
        for (const message of messages) this.fail(check.name, exchange, message);
      }
    }
    return exchange;
  }

  /** Records the outcome of one expectation of a probe check or scenario. */
  expect(check: string, exchange: Exchange, holds: boolean, message: string): boolean {
    if (holds) this.pass(check);
    else this.fail(check, exchange, message);
    return holds;
  }

  pass(check: string): void {
    this.tally(check).passed++;
  }

  fail(check: string, exchange: Exchange, message: string): void {
    this.tally(check).failed++;
    this.findings.push({ check, operationId: exchange.operation.operationId, request: describeRequest(exchange.request), message });
  }

  skip(check: string, reason: string): void {
    const tally = this.tally(check);
    tally.skipped++;
    tally.skipReasons.add(reason);
  }

  tally(check: string): Tally {
    let tally = this.tallies.get(check);
    if (!tally) {
      tally = { passed: 0, failed: 0, skipped: 0, skipReasons: new Set() };
      this.tallies.set(check, tally);
    }
    return tally;
  }

  /** Remembers a created resource so that `cleanUp` deletes it at the end of the run. */
  remember(operation: Operation, path: Record<string, string>, identity: IdentityName = 'a'): void {
    this.created.push({ operation, path, identity });
  }

  forget(operation: Operation, path: Record<string, string>): void {
    const index = this.created.findIndex((entry) => entry.operation === operation && JSON.stringify(entry.path) === JSON.stringify(path));
    if (index !== -1) this.created.splice(index, 1);
  }

  /** Deletes what the run created, newest first. Failures here are not findings: the run's verdict is already made. */
  async cleanUp(): Promise<number> {
    let deleted = 0;
    for (const entry of this.created.reverse()) {
      const exchange = await send(entry.operation, entry.identity, this.baseUrl, { path: entry.path, headers: this.headersFor(entry.identity) });
      if (exchange.response && exchange.response.status < 300) deleted++;
    }
    this.created.length = 0;
    return deleted;
  }
}

function credentialHeaderNames(contract: Contract): Set<string> {
  const names = new Set(['authorization', 'cookie']);
  const schemes = ((contract.document.components?.securitySchemes ?? {}) as Record<string, JsonObject>);
  for (const scheme of Object.values(schemes)) {
    if (scheme.type === 'apiKey' && scheme.in === 'header') names.add(String(scheme.name).toLowerCase());
  }
  return names;
}
