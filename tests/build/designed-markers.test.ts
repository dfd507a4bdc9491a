import { describe, expect, it } from 'vitest';
import { countDesigned, countItems, describeDesignedCount, describeProvenance, findDesignedMarkers } from '../../scripts/lib/designed-markers.ts';
import { designedSpec } from './fixtures/designed-spec.ts';

describe('designed items of a bundled spec', () => {
  const markers = findDesignedMarkers(designedSpec());

  it('finds every marker once, where it is written, with the kind of node it sits on', () => {
    const found = markers.map((marker) => `${marker.kind} ${marker.pointer.join('/')}`);
    expect(found.sort()).toEqual(
      [
        'operation paths//things/{id}/get',
        'parameter paths//things/{id}/get/parameters/0',
        'header paths//things/{id}/get/responses/200/headers/x-request-id',
        'requestBody paths//things/{id}/put/requestBody',
        'response components/responses/NotFound',
        'schema components/schemas/Thing/properties/name',
        'schema components/schemas/Thing/properties/tags/items',
      ].sort(),
    );
  });

  it('tells the two forms apart', () => {
    const parameter = markers.find((marker) => marker.kind === 'parameter')!;
    expect(parameter.keywords).toEqual({ schema: 'no documented bound', required: 'optional by choice' });
    expect(parameter.reason).toBeUndefined();
    expect(markers.find((marker) => marker.kind === 'operation')!.reason).toBe('the seed names no read endpoint');
  });

  it('counts by kind, and the keyword-form markers with their keywords', () => {
    const count = countDesigned(markers);
    expect(count).toEqual({
      total: 7,
      byKind: { operation: 1, parameter: 1, requestBody: 1, response: 1, header: 1, schema: 2 },
      keywordMarkers: 2,
      keywords: 3,
    });
    expect(describeDesignedCount(count)).toBe(
      '7 designed items: 1 operation, 1 parameter, 1 request body, 1 response, 1 header, 2 schemas; 2 of them name keywords only (3 keywords)',
    );
    expect(describeDesignedCount(countDesigned([]))).toBe('0 designed items: 0 operations, 0 parameters, 0 request bodies, 0 responses, 0 headers, 0 schemas');
  });

  it('counts what the markers are counted among: every operation, parameter, body, response, header and schema', () => {
    const items = countItems(designedSpec());
    expect(items).toBeGreaterThan(countDesigned(markers).total);
    expect(describeProvenance(countDesigned(markers), items)).toMatch(new RegExp(`; ${items} items in all, ${items - 7} documented \\(no marker\\)$`));
  });
});
