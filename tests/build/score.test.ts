import { describe, expect, it } from 'vitest';
import { describeScore, parseScore, scoreApi } from '../../scripts/lib/redocly-score.ts';

describe('the redocly score in the build report', () => {
  it('reads the overall score and the two subscores from the CLI, as it prints them today', async () => {
    const score = await scoreApi('intent-runs');
    for (const figure of [score.documentationQuality, score.exampleCoverage]) {
      expect(figure).toBeGreaterThanOrEqual(0);
      expect(figure).toBeLessThanOrEqual(1);
    }
    expect(score.agentReadiness).toBeGreaterThan(1); // out of 100, not a fraction
    expect(score.agentReadiness).toBeLessThanOrEqual(100);
  });

  it('prints them as a reader expects', () => {
    expect(describeScore({ agentReadiness: 78.24, documentationQuality: 0.5612, exampleCoverage: 0.9333 })).toBe(
      'agent readiness 78.2/100, documentation quality 56%, example coverage 93%',
    );
  });

  it('names what is missing when the report changes shape', () => {
    expect(() => parseScore('{"agentReadiness": 80, "subscores": {"exampleCoverage": 1}}')).toThrow(
      "redocly score's JSON has no documentationQuality; the CLI's report format may have changed",
    );
    expect(() => parseScore('Document: x score:')).toThrow('redocly score did not print JSON (Document: x score:)');
  });
});
