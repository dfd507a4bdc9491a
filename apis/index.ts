import { agentruntime } from './agentruntime.ts';
import type { ApiDescriptor } from './descriptor.ts';
import { intentRuns } from './intent-runs.ts';
import { runflow } from './runflow.ts';
import { runtype } from './runtype.ts';

export type { ApiDescriptor } from './descriptor.ts';

/** Every API, in the order of design.md's tables (and of their ports). */
export const apis: readonly ApiDescriptor[] = [agentruntime, runflow, runtype, intentRuns];

export const apiIds: readonly string[] = apis.map((api) => api.id);

/** An API's descriptor by id; an unknown id is an error that lists the known ones. */
export function findApi(id: string): ApiDescriptor {
  const found = apis.find((api) => api.id === id);
  if (!found) throw new UnknownApiError(`unknown api "${id}"; expected one of ${apiIds.join(', ')}`);
  return found;
}

/** The APIs a command's `--api` option picks: the one named, or all when it is absent. */
export function selectApis(requested: string | undefined): readonly ApiDescriptor[] {
  if (requested === undefined) return apis;
  if (!apiIds.includes(requested)) throw new UnknownApiError(`--api: unknown api "${requested}"; expected one of ${apiIds.join(', ')}`);
  return [findApi(requested)];
}

/** A caller named an api that has no descriptor (a usage mistake, printed without a stack). */
export class UnknownApiError extends Error {}
