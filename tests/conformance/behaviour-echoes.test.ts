/**
 * What an answer must not echo (a write-only value) and must echo (the page
 * size asked for), judged against servers that get exactly that wrong.
 */
import { describe, expect, it } from 'vitest';
import { findApi } from '../../apis/index.ts';
import { pagesAreConsistent } from '../../conformance/checks/pages-are-consistent.ts';
import { writeOnlyValuesNeverReturn } from '../../conformance/checks/write-only-values-never-return.ts';
import { runConformance } from '../../conformance/runner.ts';
import type { Check, Phase } from '../../conformance/types.ts';
import { json, switchableMockServer } from './harness.ts';

type Handle = (request: Request) => Promise<Response>;

async function findings(api: string, url: string, check: Check, phases: Phase[]): Promise<string[]> {
  const { session } = await runConformance({ api, baseUrl: url, identities: findApi(api).identities.conformance, level: 'full', phases, seed: 5, checks: [check] });
  return session.findings.filter((finding) => finding.check === check.name).map((finding) => `${finding.severity} ${finding.operationId}: ${finding.message}`);
}

/** A refused POST /secrets whose 400 appends the request body to each detail message, as a logging wrapper would. */
function payloadInValidationErrors(mock: Handle): Handle {
  return async (request) => {
    const sent = request.method === 'POST' ? await request.clone().text() : '';
    const response = await mock(request);
    if (!new URL(request.url).pathname.endsWith('/secrets') || response.status !== 400) return response;
    const body = (await response.json()) as { details?: { message: string }[] };
    return json(400, { ...body, details: (body.details ?? []).map((detail) => ({ ...detail, message: `${detail.message} payload: ${sent}` })) });
  };
}

/** A list answering `pagination.limit: 50` whatever limit it was asked for. */
function defaultLimitEchoed(mock: Handle, path: string): Handle {
  return async (request) => {
    const response = await mock(request);
    if (request.method !== 'GET' || !new URL(request.url).pathname.endsWith(path) || response.status !== 200) return response;
    const body = (await response.json()) as { pagination?: Record<string, unknown> };
    return json(200, { ...body, pagination: { ...body.pagination, limit: 50 } });
  };
}

describe('echoes: write-only values never return, and a page echoes the size asked for', () => {
  const server = switchableMockServer();

  it('"write-only values never return": passes on the mock; fails when a refused secret comes back in the 400', async () => {
    server.fresh('runtype');
    expect(await findings('runtype', server.url, writeOnlyValuesNeverReturn, ['examples', 'coverage'])).toEqual([]);
    server.use(payloadInValidationErrors(server.mock));
    const found = await findings('runtype', server.url, writeOnlyValuesNeverReturn, ['examples', 'coverage']);
    expect(found.length).toBeGreaterThan(0);
    // Runtype's request bodies are designed as a whole (its reference shows none), so its writeOnly marker is too: a warning.
    expect(found[0]).toMatch(/^warning createSecret: received the value sent in createSecret's write-only value \(\S+…, \d+ characters\) in a 400 body \/ documented writeOnly: the value is never returned$/);
  });

  it('"pages are consistent": fails when pagination.limit echoes a default instead of the limit asked for', async () => {
    server.fresh('runtype');
    const before = await findings('runtype', server.url, pagesAreConsistent, ['examples']);
    expect(before.filter((finding) => finding.includes('listModelConfigs'))).toEqual([]);
    server.use(defaultLimitEchoed(server.mock, '/model-configs'));
    const found = await findings('runtype', server.url, pagesAreConsistent, ['examples']);
    expect(found).toContainEqual(expect.stringMatching(/^\w+ listModelConfigs: received limit: 50 in the answer to GET \/model-configs\?\S+ \/ documented the limit asked for, \d+$/));
  });
});
