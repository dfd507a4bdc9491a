// A file of another repository that installed agent-contracts from its tarball:
// tests/client/pack.test.ts typechecks it against the installed package, then
// runs it with node against a local server whose URL it gets as argv[2].
import { ApiError, paginateOffset, signWebhook, unwrap, verifyWebhook } from 'agent-contracts';
import { createIntentRunsClient } from 'agent-contracts/intent-runs';
import { createRunflowClient, type RunflowError, type RunflowSchemas } from 'agent-contracts/runflow';
import spec from 'agent-contracts/specs/runflow.json' with { type: 'json' };
import type { paths } from 'agent-contracts/types/runflow';

// Typed here rather than with @types/node: the client needs nothing of Node's.
declare const process: { argv: string[] };
const baseUrl = process.argv[2]!;
const runflow = createRunflowClient({ baseUrl, apiKey: 'rf_consumer' });

const review: RunflowSchemas['Review'] = await unwrap(
  runflow.GET('/api/v1/runtime/v1/observability/reviews/{reviewId}', { params: { path: { reviewId: 'rev-1' } } }),
);
const rating: 'good' | 'bad' | 'needs_improvement' = review.rating;

const ids: string[] = [];
for await (const item of paginateOffset(runflow, '/api/v1/runtime/v1/observability/reviews', { itemsKey: 'reviews', pageSize: 2 })) ids.push(item.id);

let notFound: { status: number; message: string } | undefined;
try {
  await unwrap(runflow.GET('/api/v1/runtime/v1/observability/reviews/{reviewId}', { params: { path: { reviewId: 'missing' } } }));
} catch (error) {
  if (error instanceof ApiError) notFound = { status: error.status, message: (error as ApiError<RunflowError>).body.message };
}

// Types reach the consumer: a wrong enum value or path does not compile.
// @ts-expect-error: 'closed' is not a review status
void runflow.GET('/api/v1/runtime/v1/observability/reviews', { params: { query: { status: 'closed' } } });
// @ts-expect-error: no such path
void runflow.GET('/api/v1/nope');
const listPath: keyof paths = '/api/v1/runtime/v1/observability/reviews';

const intentRuns = createIntentRunsClient({ baseUrl, apiKey: 'ir_consumer' });
const signature = await signWebhook('{"a":1}', 'whsec_consumer');

console.log(JSON.stringify({
  rating,
  ids,
  notFound,
  specTitle: spec.info.title,
  listPathInSpec: listPath in spec.paths,
  intentRunsClient: typeof intentRuns.GET,
  signatureValid: await verifyWebhook('{"a":1}', signature, 'whsec_consumer'),
}));
