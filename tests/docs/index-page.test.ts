import { describe, expect, it } from 'vitest';
import { UsageError } from '../../scripts/lib/apis.ts';
import { renderIndexPage } from '../../scripts/docs/index-page.ts';
import { loadBundledSpec, summarizeApi, type BundledSpec } from '../../scripts/docs/spec-summary.ts';
import { designedSpec } from '../build/fixtures/designed-spec.ts';

const hostile: BundledSpec = {
  info: {
    title: 'Evil <script>alert(1)</script> API',
    version: '1.0.0"><img src=x onerror=alert(2)>',
    summary: 'Uses `<b>code</b>` & "quotes"',
    description: 'First <iframe src="https://example.invalid"></iframe> paragraph.\n\nSecond paragraph, not shown.',
  },
  servers: [{ url: 'https://api.example.invalid/"><script>', description: '<em>prod</em>' }],
  tags: [{ name: 'A "tag" <with> markup' }],
  paths: {
    '/things': {
      get: { operationId: 'listThings', tags: ['A "tag" <with> markup'] },
      post: { operationId: 'createThing', tags: ['Undeclared'] },
    },
    '/other': { delete: { operationId: 'deleteOther' } },
  },
  components: { securitySchemes: { Key: { type: 'apiKey', in: 'header', name: 'x-<key>' }, Token: { type: 'http', scheme: 'bearer' } } },
};

describe('the portal index', () => {
  const summary = summarizeApi('evil', hostile);
  const html = renderIndexPage([summary]);

  it('escapes every piece of HTML that comes from a spec', () => {
    expect(html).not.toMatch(/<script|<iframe|<img|<em>|<b>|<with>/);
    expect(html).toContain('Evil &#60;script&#62;alert(1)&#60;/script&#62; API');
    expect(html).toContain('<code>&#60;b&#62;code&#60;/b&#62;</code> &#38; &#34;quotes&#34;');
    expect(html).toContain('API key in header <code>x-&#60;key&#62;</code>');
  });

  it('shows only the first paragraph of the description', () => {
    expect(html).toContain('paragraph.</p>');
    expect(html).not.toContain('Second paragraph');
  });

  it('counts operations per endpoint group, undeclared and untagged ones included', () => {
    expect(summary.groups).toEqual([
      { name: 'A "tag" <with> markup', operations: 1 },
      { name: 'Undeclared', operations: 1 },
      { name: 'Untagged', operations: 1 },
    ]);
    expect(summary.operationCount).toBe(3);
    expect(summary.auth.map((scheme) => scheme.how)).toEqual(['API key in header `x-<key>`', 'bearer token, `Authorization: Bearer …`']);
  });

  it('says to run the build when a bundled spec is missing', () => {
    expect(() => loadBundledSpec('no-such-api')).toThrow(UsageError);
    expect(() => loadBundledSpec('no-such-api')).toThrow('generated/no-such-api/openapi.json is missing: run `npm run build` first');
  });

  it('explains what "Designed:" means, once, above the APIs', () => {
    const legends = html.match(/<p class="legend" data-designed-legend>.*?<\/p>/g) ?? [];
    expect(legends).toHaveLength(1);
    expect(legends[0]).toContain("<strong>Designed:</strong> marks what a contract states that the product's documentation does not");
    expect(html.indexOf('data-designed-legend')).toBeLessThan(html.indexOf('<main>'));
  });

  it('says when a contract has no designed items', () => {
    expect(html).toContain('<p class="meta designed" data-designed-count="0">No designed items: everything in this contract is documented.</p>');
  });

  it('counts each API\'s designed items by kind, leaving out kinds with none', () => {
    const designed = summarizeApi('designed', designedSpec() as unknown as BundledSpec);
    const page = renderIndexPage([designed, summary]);
    expect(page).toContain(
      '<p class="meta designed" data-designed-count="7">7 designed items: 1 operation, 1 parameter, 1 request body, 1 response, 1 header, 2 schemas (2 of them for some keywords only).</p>',
    );
    const onlySchemas = summarizeApi('s', { ...hostile, components: { schemas: { A: { type: 'string', 'x-designed': 'ours' } } } } as unknown as BundledSpec);
    expect(renderIndexPage([onlySchemas])).toContain('data-designed-count="1">1 designed item: 1 schema.</p>');
  });
});
