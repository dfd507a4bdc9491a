/** Request headers that authenticate one caller, e.g. `{ 'x-api-key': 'rf_…' }`. */
export type Credentials = Record<string, string>;

/** The callers a conformance run uses: identity A, a second tenant B, and a read-only role. */
export interface Identities {
  a: Credentials;
  b?: Credentials;
  readonly?: Credentials;
  /** Callers of identity A's tenant with one of the contract's other roles (`x-min-role` names: `contributor`). */
  roles?: Record<string, Credentials>;
}
