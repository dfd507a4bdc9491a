/**
 * "upsert keys are whole": bodies that differ in one key field only make two
 * resources.
 */
import { describe, expect, it } from 'vitest';
import { upsertKeysAreWhole } from '../../conformance/checks/upsert-keys-are-whole.ts';
import { judgeExample } from './behaviour-harness.ts';
import { newSession, resent, switchableMockServer } from './harness.ts';

const runflow = { a: { 'x-api-key': 'rf_upsert_keys_a' } };

describe('"upsert keys are whole"', () => {
  const server = switchableMockServer();

  it('passes on the mock, whose cards are keyed on all five fields', async () => {
    server.fresh('runflow');
    expect(await judgeExample(upsertKeysAreWhole, newSession('runflow', server.url, runflow), 'upsertDashboardCard')).toEqual([]);
    expect(await judgeExample(upsertKeysAreWhole, newSession('runflow', server.url, runflow), 'upsertDashboardTab')).toEqual([]);
  });

  it('fails when the card lookup leaves propertyKey out of its key', async () => {
    server.fresh('runflow');
    // The unique index was migrated without propertyKey: cards that differ only there are looked up as one.
    server.use(async (request) => {
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/dashboard-cards')) return server.mock(request);
      const body = (await request.clone().json()) as { config?: Record<string, unknown> };
      const { propertyKey, ...config } = body.config ?? {};
      void propertyKey;
      return server.mock(await resent(request, { body: { ...body, config } }));
    });
    const messages = await judgeExample(upsertKeysAreWhole, newSession('runflow', server.url, runflow), 'upsertDashboardCard');
    expect(messages).toContainEqual(expect.stringMatching(/^received "[^"]+", the resource POST \S+ answered for config\.propertyKey "[^"]+", from POST \S+ sent with config\.propertyKey "[^"]+" \/ documented an upsert keyed on agentId, config\.eventName, cardType, config\.aggregation, config\.propertyKey: another config\.propertyKey is another resource, not an update of the first$/));
  });
});
