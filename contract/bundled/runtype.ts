import bundled from '../../generated/runtype/openapi.json' with { type: 'json' };
import type { OpenApiDocument } from '../document.ts';

/** The runtype contract as `npm run build` bundled it, imported as a JSON module (no file read, no Node). */
export const runtypeContract = bundled as unknown as OpenApiDocument;
