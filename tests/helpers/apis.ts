import { existsSync } from 'node:fs';
import { apiIds } from '../../apis/index.ts';

/** The APIs whose bundled contract exists: tests iterate these so a new API is covered at once. */
export function builtApis(): string[] {
  return apiIds.filter((api) => existsSync(new URL(`../../generated/${api}/openapi.json`, import.meta.url)));
}
