// Checked by `tsc` (npm test's typecheck), not run: each @ts-expect-error must
// stay an error, or the typecheck fails. It proves that a handler which drifts
// from its operation in the generated types does not compile.
import type { operations } from '../../generated/runflow/schema.d.ts';
import { crudResource } from '../../mocks/runtype/crud.ts';
import type { RuntypeHandlers } from '../../mocks/runtype/store.ts';
import type { AgentRuntimeHandlers, AgentRuntimeResult } from '../../mocks/agentruntime/store.ts';
import type { Handler } from '../../mocks/stateful/types.ts';

type GetReview = Handler<operations['getReview'], unknown, unknown>;
type CreateReview = Handler<operations['createReview'], unknown, unknown>;

// @ts-expect-error 201 is not a status getReview documents
export const undocumentedStatus: GetReview = () => ({ status: 201, body: undefined });

// @ts-expect-error the body lacks the Review's required fields
export const incompleteBody: GetReview = () => ({ status: 200, body: { id: 'rev-1' } });

// @ts-expect-error a rating outside the enum
export const wrongEnum: CreateReview = ({ body }) => ({ status: 201, body: { ...body, rating: 'awful', id: 'r', executionId: 'e', status: 'pending_review', priority: 'low', tags: [], reviewedBy: 'k', createdAt: '', updatedAt: '' } });

export const documentedError: GetReview = () => ({ status: 404, body: { statusCode: 404, message: 'Review not found', error: 'Not Found' } });

// The same for Runtype, whose group files write `satisfies RuntypeHandlers<…>`.
const flows = crudResource('flows', 'Flow', 'flow');
const secrets = crudResource('secrets', 'Secret', 'sec');

export const typedFlowHandler = { getFlow: (context) => flows.get(context) } satisfies RuntypeHandlers<'getFlow'>;

// @ts-expect-error getFlow's body lacks the Flow's required `steps`
export const flowWithoutSteps = { getFlow: () => ({ status: 200, body: { id: 'flow_1', name: 'Flow', createdAt: '', updatedAt: '' } }) } satisfies RuntypeHandlers<'getFlow'>;

// @ts-expect-error an operation id the contract does not have (getFlows for getFlow)
export const renamedOperation = { getFlows: typedFlowHandler.getFlow } satisfies RuntypeHandlers<'getFlow'>;

// @ts-expect-error createSecret's write-only `value` cannot go through the generic create into the shown fields
export const secretValueShown = { createSecret: (context) => secrets.create(context) } satisfies RuntypeHandlers<'createSecret'>;

// The same for AgentRuntime's group files, written as they are: `satisfies AgentRuntimeHandlers<…>`
// over the group, and each handler's declared AgentRuntimeResult (which is what checks a body's
// fields exactly). revealPat (pats.ts) stands for every operation.
type RevealPat = AgentRuntimeResult<'revealPat'>;
const pat = { id: 'pat-1', name: 'ci', role: 'contributor', prefix: 'pat_contr', created_at: '2026-01-01T00:00:00Z' } as const;

export const revealedPat = {
  revealPat: ({ path }): RevealPat => ({ status: 200, body: { ...pat, id: path.id, token: 'pat_contributor_acme_1' } }),
} satisfies AgentRuntimeHandlers<'revealPat'>;

export const fieldTheSchemaLacks = {
  // @ts-expect-error `owner` is no field of PatWithToken: removing a field from the schema breaks the handler that still sends it
  revealPat: (): RevealPat => ({ status: 200, body: { ...pat, token: 'pat_contributor_acme_1', owner: 'ops' } }),
} satisfies AgentRuntimeHandlers<'revealPat'>;

export const requiredFieldMissing = {
  // @ts-expect-error the body lacks PatWithToken's required `token`
  revealPat: (): RevealPat => ({ status: 200, body: { ...pat } }),
} satisfies AgentRuntimeHandlers<'revealPat'>;

export const undocumentedAgentRuntimeStatus = {
  // @ts-expect-error 201 is not a status revealPat documents
  revealPat: (): RevealPat => ({ status: 201, body: { ...pat, token: 'pat_contributor_acme_1' } }),
} satisfies AgentRuntimeHandlers<'revealPat'>;

export const undocumentedStatusWithoutDeclaredResult = {
  // @ts-expect-error `satisfies` alone already refuses a status the operation does not document
  revealPat: () => ({ status: 201, body: { ...pat, token: 'pat_contributor_acme_1' } }),
} satisfies AgentRuntimeHandlers<'revealPat'>;

// @ts-expect-error a renamed operation: `revealToken` is no operation id of the contract
export type RenamedOperation = AgentRuntimeHandlers<'revealToken'>;

// @ts-expect-error a group that leaves out one of its operations (revokePat) does not compile
export const missingOperation = { revealPat: revealedPat.revealPat } satisfies AgentRuntimeHandlers<'revealPat' | 'revokePat'>;

export const wrongPathParameter = {
  // @ts-expect-error revealPat's path parameter is `id`; a handler reading another name does not compile
  revealPat: ({ path }): RevealPat => ({ status: 200, body: { ...pat, id: path.patId, token: 't' } }),
} satisfies AgentRuntimeHandlers<'revealPat'>;
