import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRetrySafeOperations, retrySafeOperationsFile, retrySafeOperationsOf } from '../../client/build/retry-safe-operations.ts';
import { retrySafeOperations } from '../../client/retry-safe-operations.ts';
import { builtApis } from '../helpers/apis.ts';

describe('the retry-safe operations the clients ship', () => {
  it('match the contracts\' x-idempotent operations (regenerate: npx tsx client/build/retry-safe-operations.ts)', () => {
    expect(readFileSync(retrySafeOperationsFile, 'utf8')).toBe(renderRetrySafeOperations());
  });

  it('cover every built API', () => {
    expect(Object.keys(retrySafeOperations).sort()).toEqual(builtApis().sort());
  });

  it('are read from x-idempotent: true only', () => {
    const document = {
      paths: {
        '/a': { post: { 'x-idempotent': true }, get: {} },
        '/b/{id}': { post: { 'x-idempotent': false }, patch: { 'x-idempotent': true } },
      },
    };
    expect(retrySafeOperationsOf(document)).toEqual(['POST /a', 'PATCH /b/{id}']);
  });

  it('include Runflow\'s events query and dashboard upserts, which the seed says are safe to repeat', () => {
    expect(retrySafeOperations.runflow).toEqual(expect.arrayContaining([
      'POST /api/v1/runtime/v1/observability/events/query',
      'POST /api/v1/runtime/observability/dashboard-cards',
      'POST /api/v1/runtime/observability/dashboard-tabs',
    ]));
  });
});
