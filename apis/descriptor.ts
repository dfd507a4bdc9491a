import type { Client } from 'openapi-fetch';
import type { Scenario } from '../conformance/scenario.ts';
import type { MockDefinition } from '../mocks/stateful/app.ts';
import type { MockIdentities } from '../mocks/stateful/types.ts';

/**
 * Everything the toolkit needs to know about one API beyond its contract, in one
 * place: adding an API is its contract, its client, its mock, its scenarios, and
 * one of these. The id names the API's folder everywhere (spec/, generated/,
 * mocks/, conformance/scenarios/) and its entry in redocly.yaml.
 *
 * Only servers, tools and tests import descriptors: the shipped client must
 * not, or it would carry the mocks and the conformance suite with it.
 */
export interface ApiDescriptor {
  id: string;
  /** The default ports (design.md): the stateful mock's, and Prism's. */
  ports: { stateful: number; prism: number };
  /** The stateful mock. */
  mock: MockDefinition<any, any>;
  /** The typed client, holding credentials the mock accepts. */
  client(baseUrl: string): Client<any>;
  /** Credentials the mock accepts (design.md, "Mock identities"). */
  identities: MockIdentities;
  /** The behaviour scenarios the conformance suite runs at `--level full`. */
  scenarios: Scenario[];
}
