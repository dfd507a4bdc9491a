/** Compares one API's two bundled contracts and decides what the gate says about it. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupChanges } from './changes.ts';
import { effectiveContract } from './effective.ts';
import { runEngine, type EngineResult } from './engine.ts';
import type { ApiPair } from './sources.ts';
import { decide, type ApiOutcome } from './verdict.ts';

function readContract(file: string): { text: string; doc: unknown; version?: string } {
  const text = readFileSync(file, 'utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const info = (doc as { info?: { version?: unknown } } | null)?.info;
  return { text, doc, ...(typeof info?.version === 'string' ? { version: info.version } : {}) };
}

export interface ContractDiff extends EngineResult {
  /** The two contracts as the engine saw them (their effective form): the report's pointers point into these. */
  baseDoc: unknown;
  headDoc: unknown;
}

/** Runs the engine on the effective form of two contracts (see effective.ts). */
export async function diffContracts(base: unknown, head: unknown, configPath?: string): Promise<ContractDiff> {
  const baseDoc = effectiveContract(base);
  const headDoc = effectiveContract(head);
  const scratch = mkdtempSync(join(tmpdir(), 'contract-diff-'));
  try {
    writeFileSync(join(scratch, 'base.json'), JSON.stringify(baseDoc));
    writeFileSync(join(scratch, 'head.json'), JSON.stringify(headDoc));
    const result = await runEngine(join(scratch, 'base.json'), join(scratch, 'head.json'), configPath);
    return { ...result, baseDoc, headDoc };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function compareApi(pair: ApiPair, configPath?: string): Promise<ApiOutcome> {
  const { api } = pair;
  try {
    if (pair.baseFile === undefined && pair.headFile === undefined) {
      return { api, status: 'not-built', fails: false, note: 'not bundled yet (no generated/<api>/openapi.json)' };
    }
    if (pair.baseFile === undefined) {
      const head = readContract(pair.headFile!);
      const version = head.version ? `, info.version ${head.version}` : '';
      return { api, status: 'new', fails: false, note: `new API: absent at the base${version}`, ...(head.version ? { headVersion: head.version } : {}) };
    }
    const base = readContract(pair.baseFile);
    if (pair.headFile === undefined) {
      return {
        api,
        status: 'removed',
        fails: true,
        note: 'removed: its bundled contract is gone, and every operation with it',
        ...(base.version ? { baseVersion: base.version } : {}),
      };
    }
    const head = readContract(pair.headFile);
    if (head.text === base.text) {
      // Byte-identical: nothing can have changed, so skip the engine (most runs of the gate).
      const versions = { ...(base.version ? { baseVersion: base.version } : {}), ...(head.version ? { headVersion: head.version } : {}) };
      return { api, status: 'unchanged', fails: false, note: 'no changes', ...versions, summary: { major: 0, minor: 0, patch: 0 }, groups: [] };
    }
    const { report, revisionProblems, baseDoc, headDoc } = await diffContracts(base.doc, head.doc, configPath);
    return decide({
      api,
      ...(report.infoVersions.base ? { baseVersion: report.infoVersions.base } : {}),
      ...(report.infoVersions.revision ? { headVersion: report.infoVersions.revision } : {}),
      summary: report.summary,
      ...(report.bump ? { bump: report.bump } : {}),
      groups: groupChanges(report, baseDoc, headDoc),
      revisionProblems,
    });
  } catch (error) {
    return { api, status: 'error', fails: true, note: error instanceof Error ? error.message : String(error) };
  }
}
