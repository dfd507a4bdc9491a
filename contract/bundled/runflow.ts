import bundled from '../../generated/runflow/openapi.json' with { type: 'json' };
import type { OpenApiDocument } from '../document.ts';

/** The runflow contract as `npm run build` bundled it, imported as a JSON module (no file read, no Node). */
export const runflowContract = bundled as unknown as OpenApiDocument;
