import { boundaryValuesAccepted } from './boundary-values-accepted.ts';
import { createdResourceRetrievable } from './created-resource-retrievable.ts';
import { credentialsRequired } from './credentials-required.ts';
import { deletedResourceGone } from './deleted-resource-gone.ts';
import { invalidInputRejected } from './invalid-input-rejected.ts';
import { missingRequiredHeaderRejected } from './missing-required-header-rejected.ts';
import { pageSizeRespected } from './page-size-respected.ts';
import type { ProbeCheck } from './probe.ts';
import { undocumentedMethodRejected } from './undocumented-method-rejected.ts';
import { validInputAccepted } from './valid-input-accepted.ts';

/** Run once per operation, in this order. */
export const probeChecks: ProbeCheck[] = [
  validInputAccepted,
  boundaryValuesAccepted,
  invalidInputRejected,
  credentialsRequired,
  missingRequiredHeaderRejected,
  undocumentedMethodRejected,
  createdResourceRetrievable,
  pageSizeRespected,
  deletedResourceGone,
];
