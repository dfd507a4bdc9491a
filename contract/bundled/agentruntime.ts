import bundled from '../../generated/agentruntime/openapi.json' with { type: 'json' };
import type { OpenApiDocument } from '../document.ts';

/** The agentruntime contract as `npm run build` bundled it, imported as a JSON module (no file read, no Node). */
export const agentRuntimeContract = bundled as unknown as OpenApiDocument;
