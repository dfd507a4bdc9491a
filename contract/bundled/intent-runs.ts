import bundled from '../../generated/intent-runs/openapi.json' with { type: 'json' };
import type { OpenApiDocument } from '../document.ts';

/** The intent-runs contract as `npm run build` bundled it, imported as a JSON module (no file read, no Node). */
export const intentRunsContract = bundled as unknown as OpenApiDocument;
