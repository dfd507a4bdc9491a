import { existsSync } from 'node:fs';
import { listApis } from '../../scripts/lib/apis.ts';

/** The APIs whose bundled contract exists: tests iterate these so a new contract is covered at once. */
export function builtApis(): string[] {
  return listApis().filter((api) => existsSync(new URL(`../../generated/${api}/openapi.json`, import.meta.url)));
}
