import type { RequestParts } from './http.ts';
import { responseProvenance, severityOf } from './provenance.ts';
import type { Session } from './session.ts';
import type { Exchange, IdentityName } from './types.ts';

/** A behaviour the API's documentation promises, checked end to end against a live server. */
export interface Scenario {
  /** A plain sentence, as the report shows it. */
  title: string;
  /** Extra identities it needs; without them it is skipped with the reason. */
  requires?: ('b' | 'readonly')[];
  run(test: ScenarioTest): Promise<void>;
}

/** Thrown to stop a scenario at its first unmet expectation: later steps depend on earlier ones. */
class ScenarioStop extends Error {}

/** Thrown when the server does not offer what the scenario needs (reported as a skip, with the reason). */
class ScenarioSkip extends Error {}

/** What a scenario uses: calls by operation id, and expectations worded "received … / documented …". */
export class ScenarioTest {
  private failed = false;
  /** The latest exchange, which a scenario that cannot read an answer is reported against. */
  private latest: Exchange | undefined;

  constructor(
    readonly session: Session,
    readonly title: string,
  ) {}

  /** The run's unique suffix, for ids that must not collide with earlier runs. */
  unique(base: string): string {
    return `${base}-${this.session.uniqueSuffix()}`;
  }

  async call(operationId: string, parts: RequestParts = {}, identity: IdentityName = 'a'): Promise<Exchange> {
    this.latest = await this.session.call(operationId, parts, identity);
    return this.latest;
  }

  /** The contract's valid request for an operation, with overrides. */
  request(operationId: string, overrides: RequestParts = {}): RequestParts {
    const valid = this.session.validRequest(this.session.operation(operationId));
    return {
      ...valid,
      ...overrides,
      path: { ...valid.path, ...overrides.path },
      query: { ...valid.query, ...overrides.query },
      headers: { ...valid.headers, ...overrides.headers },
    };
  }

  /**
   * Requires a status; stops the scenario when it differs. Returns the parsed JSON body.
   * `designed` (the reason) marks an expectation this contract chose where the product
   * documentation is silent: its failure is a warning, an error only under --strict.
   */
  status(exchange: Exchange, expected: number | number[], documented: string, provenance: { designed?: string } = {}): any {
    const received = exchange.response?.status;
    const allowed = Array.isArray(expected) ? expected : [expected];
    const body = exchange.response?.text.slice(0, 200) ?? exchange.error ?? '';
    // Expecting a status the contract chose (a 201, a 204) where the documentation names none is a designed expectation,
    // as far as which status of that class: a refusal where acceptance was due (or the reverse) breaks more than our choice.
    const document = this.session.contract.document;
    const sameClass = received !== undefined && allowed.some((status) => Math.floor(status / 100) === Math.floor(received / 100));
    const chosen = sameClass && allowed.every((status) => responseProvenance(document, exchange.operation, status).severity === 'warning');
    const designed = provenance.designed ?? (chosen ? `the contract chose ${allowed.join(' or ')}` : undefined);
    // The status is what is judged here, so the body's own deviations do not soften it.
    this.expectation(exchange, received !== undefined && allowed.includes(received), `${received ?? 'no response'} ${body}`.trim(), `${allowed.join(' or ')}: ${documented}`, designed);
    return exchange.response?.json;
  }

  /** Why an answer differs only from what the contract designed: its body breaks designed schema nodes only. */
  private designedDeviation(exchange: Exchange): string | undefined {
    const response = exchange.response;
    if (!response || response.json === undefined) return undefined;
    const { document, validator } = this.session.contract;
    const violations = validator.checkResponse(exchange.operation, response.status, response.contentType, response.json).violations;
    if (violations.length === 0) return undefined;
    const designed = violations.every((violation) => violation.schemaPointer && severityOf(document, exchange.operation, { pointer: violation.schemaPointer, keyword: violation.keyword }).severity === 'warning');
    return designed ? 'the answer differs only in a shape the contract designed' : undefined;
  }

  /** Requires a condition; stops the scenario when it does not hold (a warning when `designed`). */
  that(exchange: Exchange, holds: boolean, received: string, documented: string, provenance: { designed?: string } = {}): void {
    // A scenario states what the documentation promises: a warning only where the expectation, or the answer's deviation, is designed.
    this.expectation(exchange, holds, received, documented, holds ? undefined : (provenance.designed ?? this.designedDeviation(exchange)));
  }

  private expectation(exchange: Exchange, holds: boolean, received: string, documented: string, reason: string | undefined): void {
    if (holds) return;
    this.failed = true;
    const designed = reason ? ` (designed: ${reason})` : '';
    this.session.fail(this.title, exchange, `received ${received} / documented ${documented}${designed}`, { severity: reason ? 'warning' : 'error' });
    throw new ScenarioStop();
  }

  /** Ends the scenario as skipped: the server gives no way to check this promise. */
  skip(reason: string): never {
    throw new ScenarioSkip(reason);
  }

  /** Runs a scenario and records it as one passed or failed check under its title. */
  static async run(session: Session, scenario: Scenario): Promise<void> {
    const test = new ScenarioTest(session, scenario.title);
    try {
      await scenario.run(test);
    } catch (error) {
      if (error instanceof ScenarioSkip) {
        session.skip(scenario.title, error.message);
        return;
      }
      if (!(error instanceof ScenarioStop)) {
        // An answer the scenario's next step cannot read (an empty page where an item was due):
        // the server's deviation is this scenario's finding, and the run goes on.
        if (test.latest === undefined) throw error;
        test.failed = true;
        session.fail(scenario.title, test.latest, `received an answer the scenario could not follow (${error instanceof Error ? error.message : String(error)}) / documented the answers its next step relies on`, { severity: 'error' });
      }
    }
    if (!test.failed) session.pass(scenario.title);
  }
}
