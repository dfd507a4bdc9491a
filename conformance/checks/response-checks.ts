import { fromResponseCheck } from '../registry.ts';
import type { ResponseCheck } from '../types.ts';
import { contentTypeDocumented } from './content-type-documented.ts';
import { notAServerError } from './not-a-server-error.ts';
import { responseBodyValid } from './response-body-valid.ts';
import { responseHeadersValid } from './response-headers-valid.ts';
import { statusCodeDocumented } from './status-code-documented.ts';

/** Run on every response of every request the suite sends. */
export const responseChecks: ResponseCheck[] = [notAServerError, statusCodeDocumented, contentTypeDocumented, responseHeadersValid, responseBodyValid];

/** The same checks in the one check shape, registered for the runner. */
export const registeredResponseChecks = responseChecks.map(fromResponseCheck);
