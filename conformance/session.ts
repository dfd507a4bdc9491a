import { exampleRequest } from '../contract/examples.ts';
import { findOperationIn, type Operation } from '../contract/spec.ts';
import { exemption } from './checks/support/operations.ts';
import { credentialHeaderNames } from './checks/support/security.ts';
import { CoverageMap } from './coverage-map.ts';
import { describeRequest, type RequestParts, send } from './http.ts';
import { severityOf } from './provenance.ts';
import { judgesEveryResponse } from './registry.ts';
import { curlCommand } from './replay.ts';
import type { CaseExchange, Check, Checkpoint, CheckContext, ConstraintRef, Contract, Exchange, Finding, IdentityName, Issue, Level, Severity, TestCase } from './types.ts';

import type { Credentials, Identities } from '../contract/credentials.ts';

export type { Credentials, Identities };

export interface Tally {
  passed: number;
  /** Failures of either severity; `warnings` of them broke only designed constraints. */
  failed: number;
  warnings: number;
  skipped: number;
  skipReasons: Set<string>;
}

/** A resource the run created, and how to delete it afterwards. */
interface Created {
  operation: Operation;
  path: Record<string, string>;
  identity: IdentityName;
}

export interface SessionOptions {
  /** The registered checks the run judges with (the session knows none by name). */
  checks?: Check[];
  /** The run's seed: printed with every finding, and the source of its unique ids. */
  seed?: number;
}

/** An issue a check raised about one exchange, with its severity resolved. */
export interface JudgedIssue extends Issue {
  check: string;
  severity: Severity;
}

/**
 * One conformance run against one server: sends requests as the chosen
 * identity, judges each case with the checks that apply to it, and keeps the
 * tally, the findings, the coverage, and what must be cleaned up.
 */
export class Session implements CheckContext {
  readonly findings: Finding[] = [];
  readonly history: readonly CaseExchange[] = [];
  readonly coverage = new CoverageMap();
  readonly checks: Check[];
  readonly seed: number | undefined;
  readonly tallies = new Map<string, Tally>();
  /** Unique per run, so that resources created by two runs never collide; fixed by the seed, so a seeded run repeats. */
  readonly runId: string;
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
    options: SessionOptions = {},
  ) {
    this.credentialHeaders = credentialHeaderNames(contract.document);
    this.checks = options.checks ?? [];
    this.seed = options.seed;
    this.runId = options.seed !== undefined ? `conf${options.seed.toString(36)}` : `conf${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  }

  /** A suffix no other request of this run (or of another run) uses. */
  uniqueSuffix(): string {
    return `${this.runId}-${++this.suffixCounter}`;
  }

  operation(operationId: string): Operation {
    return findOperationIn(this.contract.api, this.contract.document, operationId);
  }

  /** The contract's own valid request for an operation, with identity A's headers. */
  validRequest(operation: Operation | string): RequestParts {
    if (typeof operation === 'string') operation = this.operation(operation);
    const example = exampleRequest(this.contract.document, operation);
    return { path: example.path, query: example.query, headers: example.header, ...(example.body !== undefined ? { body: example.body } : {}) };
  }

  /**
   * The answer to the contract's own valid request, sent once per operation and
   * shared by the checks that judge it or measure against it (the runner judges it).
   */
  exampleExchange(operation: Operation): Promise<Exchange> {
    let exchange = this.exampleExchanges.get(operation.operationId);
    if (!exchange) {
      exchange = this.transmit({ source: 'examples', operation, identity: 'a', parts: this.validRequest(operation), expect: 'valid', description: "the contract's example request" });
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
    return { ...base, ...(this.credentialsOf(identity) ?? {}) };
  }

  /** An identity's own credentials (A's for `a`); undefined for one the run was not given. */
  private credentialsOf(identity: IdentityName): Credentials | undefined {
    if (identity === 'a') return {};
    if (identity.startsWith('role:')) return this.identities.roles?.[identity.slice('role:'.length)];
    return this.identities[identity as 'b' | 'readonly'];
  }

  /** True when --auth (or another identity) sets this header: a request's own value for it never reaches the server. */
  isIdentityHeader(name: string): boolean {
    const lower = name.toLowerCase();
    return [this.identities.a, this.identities.b, this.identities.readonly, ...Object.values(this.identities.roles ?? {})].some((headers) => Object.keys(headers ?? {}).some((header) => header.toLowerCase() === lower));
  }

  hasIdentity(identity: IdentityName): boolean {
    return identity === 'none' || this.credentialsOf(identity) !== undefined;
  }

  /** Sends a request and judges the response with the response-level checks. */
  async call(operation: Operation | string, parts: RequestParts = {}, identity: IdentityName = 'a', method?: string): Promise<Exchange> {
    const resolved = typeof operation === 'string' ? this.operation(operation) : operation;
    const testCase: TestCase = { source: 'links', operation: resolved, identity, parts, expect: 'any', description: 'a follow-up request', ...(method ? { method } : {}) };
    const exchange = await this.transmit(testCase);
    if (exchange.response && method === undefined) {
      await this.judge(testCase, exchange, this, this.checks.filter(judgesEveryResponse), true);
    }
    return exchange;
  }

  /** CheckContext: a follow-up request, judged by the response-level checks. */
  send(operation: Operation | string, parts: RequestParts = {}, identity: IdentityName = 'a'): Promise<Exchange> {
    return this.call(operation, parts, identity);
  }

  /**
   * Sends one case and judges it with every check that applies. With `record`
   * false (fuzzing, while a failure is shrunk) nothing is tallied: the issues
   * are only returned.
   */
  async execute(testCase: TestCase, options: { context?: CheckContext; record?: boolean; exchange?: Exchange } = {}): Promise<{ exchange: Exchange; issues: JudgedIssue[] }> {
    const exchange = options.exchange ?? (await this.transmit(testCase, options.record !== false));
    if (!exchange.response) return { exchange, issues: [] };
    const applicable = this.checks.filter((check) => (testCase.method === undefined || !judgesEveryResponse(check)) && check.appliesTo(testCase, this.contract));
    const issues = await this.judge(testCase, exchange, options.context ?? this, applicable, options.record !== false);
    return { exchange, issues };
  }

  private async transmit(testCase: TestCase, reportUnreachable = true): Promise<Exchange> {
    const { parts, identity, operation } = testCase;
    const headers = parts.rawHeaders ?? this.headersFor(identity, parts.headers);
    this.requestCount++;
    const exchange = await send(operation, identity, this.baseUrl, { ...parts, headers }, testCase.method);
    this.coverage.record(operation, parts, exchange.response?.status);
    if (!exchange.response && reportUnreachable) this.fail('server reachable', exchange, `received no response (${exchange.error}) / documented an HTTP answer`);
    return exchange;
  }

  private async judge(testCase: TestCase, exchange: Exchange, context: CheckContext, checks: Check[], record: boolean): Promise<JudgedIssue[]> {
    const all: JudgedIssue[] = [];
    for (const check of checks) {
      const exempt = exemption(testCase.operation, check.name);
      if (exempt !== undefined) {
        if (record) this.skip(check.name, `${testCase.operation.operationId}: ${exempt}`);
        continue;
      }
      const issues = await check.judge(testCase, exchange, context);
      const judged = issues.map((issue) => ({ ...issue, check: check.name, severity: issue.severity ?? this.severityFor(check, testCase, exchange, issue) }));
      all.push(...judged);
      if (!record) continue;
      if (judged.length === 0) this.pass(check.name);
      for (const issue of judged) this.fail(check.name, issue.exchange ?? exchange, issue.message, { severity: issue.severity, source: testCase.source });
    }
    return all;
  }

  /**
   * Lets the run-wide checks look at the server at a checkpoint. A run-wide
   * issue is about the follow-up that shows it, so its severity follows that
   * request's documented answer, as a follow-up's does.
   */
  async checkpoint(checkpoint: Checkpoint): Promise<void> {
    for (const check of this.checks) {
      if (!check.atCheckpoint) continue;
      const issues = await check.atCheckpoint(checkpoint, this);
      if (checkpoint !== 'start' && issues.length === 0) this.pass(check.name);
      for (const issue of issues) {
        if (!issue.exchange) throw new Error(`${check.name}: a run-wide issue names the exchange that shows it`);
        const severity = issue.severity ?? severityOf(this.contract.document, issue.exchange.operation, issue.constraint, issue.documentedStatus ?? issue.exchange.response?.status).severity;
        this.fail(check.name, issue.exchange, issue.message, { severity });
      }
    }
  }

  /**
   * A response-level check judges the answer, whatever the case exercised; a
   * follow-up's issue is about the follow-up's documented answer; otherwise the
   * constraint the issue (or its case) names decides.
   */
  private severityFor(check: Check, testCase: TestCase, exchange: Exchange, issue: Issue): Severity {
    const document = this.contract.document;
    if (judgesEveryResponse(check)) {
      // About the answer: designed when the documented response is, or when the schema node it breaks is.
      const answer = severityOf(document, exchange.operation, undefined, issue.documentedStatus ?? exchange.response?.status).severity;
      if (answer === 'warning' || !issue.constraint) return answer;
      return severityOf(document, exchange.operation, issue.constraint).severity;
    }
    if (issue.constraint) return severityOf(document, testCase.operation, issue.constraint).severity;
    if (issue.exchange) return severityOf(document, issue.exchange.operation, undefined, issue.documentedStatus ?? issue.exchange.response?.status).severity;
    const caseConstraint: ConstraintRef | undefined = testCase.violates ?? testCase.exercises;
    return severityOf(document, testCase.operation, caseConstraint, issue.documentedStatus ?? exchange.response?.status).severity;
  }

  /** Records the outcome of one expectation of a scenario. */
  expect(check: string, exchange: Exchange, holds: boolean, message: string): boolean {
    if (holds) this.pass(check);
    else this.fail(check, exchange, message);
    return holds;
  }

  pass(check: string): void {
    this.tally(check).passed++;
  }

  fail(check: string, exchange: Exchange, message: string, details: { severity?: Severity; source?: TestCase['source'] } = {}): void {
    const severity = details.severity ?? severityOf(this.contract.document, exchange.operation, undefined, exchange.response?.status).severity;
    const tally = this.tally(check);
    tally.failed++;
    if (severity === 'warning') tally.warnings++;
    this.findings.push({
      check,
      operationId: exchange.operation.operationId,
      request: describeRequest(exchange.request),
      message,
      severity,
      ...(details.source ? { source: details.source } : {}),
      ...(this.seed !== undefined ? { seed: this.seed } : {}),
      curl: curlCommand(exchange.request),
    });
  }

  skip(check: string, reason: string): void {
    const tally = this.tally(check);
    tally.skipped++;
    tally.skipReasons.add(reason);
  }

  tally(check: string): Tally {
    let tally = this.tallies.get(check);
    if (!tally) {
      tally = { passed: 0, failed: 0, warnings: 0, skipped: 0, skipReasons: new Set() };
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
