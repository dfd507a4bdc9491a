import { fromProbeCheck } from '../registry.ts';
import { createdResourceRetrievable } from './created-resource-retrievable.ts';
import { deletedResourceGone } from './deleted-resource-gone.ts';
import { pageSizeRespected } from './page-size-respected.ts';
import type { ProbeCheck } from './probe.ts';

/**
 * Probe checks not yet rewritten as (case, exchange) checks: each sends its own
 * requests once per operation, from the operation's examples case. The others
 * (valid and invalid input, boundary values, credentials, required headers,
 * methods) are now case sources in conformance/phases/ judged by the checks
 * beside this file; their ProbeCheck objects remain for direct use.
 */
export const probeChecks: ProbeCheck[] = [createdResourceRetrievable, pageSizeRespected, deletedResourceGone];

/**
 * Not registered any more: "write then read", "gone means gone" and "pages are
 * consistent" judge the same promises from the stateful phase's cases. Kept
 * callable (`fromProbeCheck(check)`) for a team that wants the old probes back.
 */
export const legacyProbeChecks = probeChecks.map((check) => () => fromProbeCheck(check));
