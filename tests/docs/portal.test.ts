import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listApis, repoRoot } from '../../scripts/lib/apis.ts';
import { buildDocs } from '../../scripts/docs/build-site.ts';
import { serveDocs, type DocsServer } from '../../scripts/docs/server.ts';
import { keepOnLoopback, launchChromium, screenshotWholePage, watchPage } from './browser.ts';
import { consoleFlows, sendFromConsole } from './console-flows.ts';
import { expectedApi } from './expected.ts';

const screenshots = join(repoRoot, '.artifacts/screenshots');
const apis = listApis();

/**
 * Runs in the page. Redoc 3 renders a tag's or an operation's section (id
 * `<tag>` or `<tag>/<operationid>`) when its hash route is visited, so each is
 * visited in turn and must show its texts. Looping in the page keeps ~200 visits to seconds.
 */
async function visitEachSection(sections: { id: string; label: string; texts: string[] }[]): Promise<string[]> {
  const missing: string[] = [];
  for (const { id, label, texts } of sections) {
    const started = performance.now();
    location.hash = `#/${id}`;
    let problem = 'no section rendered';
    while (problem && performance.now() - started < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const shown = document.getElementById(id)?.textContent?.toLowerCase();
      const absent = texts.filter((text) => !shown?.includes(text.toLowerCase()));
      problem = shown === undefined ? 'no section rendered' : absent.length > 0 ? `does not show ${absent.join(', ')}` : '';
    }
    if (problem) missing.push(`${label}: ${problem}`);
  }
  return missing;
}

describe('the docs portal, in Chromium', () => {
  const site = mkdtempSync(join(tmpdir(), 'docs-portal-'));
  let server: DocsServer | undefined;
  let browser: Browser | undefined;
  // A failing beforeAll only marks the tests skipped (and CI counts 0 failed), so
  // setup errors, such as Chromium missing, are rethrown by every test instead.
  let setup: Promise<void>;

  beforeAll(async () => {
    setup = (async () => {
      mkdirSync(screenshots, { recursive: true });
      browser = await launchChromium();
      await buildDocs({ outDir: site });
      server = await serveDocs({ dir: site, port: 0 });
    })();
    await setup.catch(() => {});
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  /** Each page gets its own context, so that what one page does cannot be blamed on another. */
  async function open(file: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
    await setup;
    const problems: string[] = [];
    const context = await browser!.newContext({ viewport: { width: 1400, height: 900 } });
    await keepOnLoopback(context, problems);
    const page = await context.newPage();
    watchPage(page, problems);
    const response = await page.goto(new URL(file, server!.url).href, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${file} answered ${response?.status()}, not 200`);
    return { page, problems, close: () => context.close() };
  }

  it('the index presents every API: operation counts, groups, base URL and the specs to download', async () => {
    const { page, problems, close } = await open('index.html');
    for (const api of apis) {
      const expected = expectedApi(api);
      const section = page.locator(`section[data-api="${api}"]`);
      await expect(section.locator('h2').textContent()).resolves.toBe(expected.title);
      await expect(section.locator('[data-operation-count]').textContent()).resolves.toBe(String(expected.operations.length));
      await expect(section.locator('[data-designed-count]').getAttribute('data-designed-count')).resolves.toBe(String(expected.designedCount));
      if (expected.baseUrl) await expect(section.locator('code.url').textContent()).resolves.toBe(expected.baseUrl);
      const rows = await section.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('a')?.getAttribute('href'), tr.querySelector('.count')?.textContent]));
      expect(rows).toEqual(expected.tags.map((tag) => [`${api}.html#/${tag.sectionId}`, String(tag.operations)]));
      await expect(section.locator(`a[href="${api}.html"]`).count()).resolves.toBeGreaterThan(0);
      for (const format of ['yaml', 'json']) {
        await expect(section.locator(`a[href="specs/${api}.${format}"][download]`).count()).resolves.toBe(1);
        const download = await fetch(new URL(`specs/${api}.${format}`, server!.url));
        expect(download.status).toBe(200);
        expect(await download.text()).toBe(readFileSync(join(repoRoot, 'generated', api, `openapi.${format}`), 'utf8'));
      }
    }
    await expect(page.locator('[data-designed-legend]').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(screenshots, 'index.png'), fullPage: true });
    await close();
    expect(problems).toEqual([]);
  });

  // Concurrent: each page renders in its own Chromium process, so the four share the CPUs.
  it.concurrent.for(apis)('the %s reference shows every operation, loads nothing from off the machine and logs no error', { timeout: 120_000 }, async (api, { expect }) => {
    const expected = expectedApi(api);
    const { page, problems, close } = await open(`${api}.html`);
    // Hydrated: the client-side script has filled in the tag sections' operation lists.
    await page.waitForSelector('#api-content a[href^="#/"]', { timeout: 20_000 });
    await screenshotWholePage(page, join(screenshots, `${api}.png`));

    const sections = [
      ...expected.tags.map((tag) => ({ id: tag.sectionId, label: `tag ${tag.name}`, texts: [tag.name] })),
      ...expected.operations.map((operation) => ({
        id: operation.sectionId,
        label: `${operation.method.toUpperCase()} ${operation.path} (${operation.operationId})`,
        texts: [operation.summary, operation.method, operation.path, ...(operation.designed ? ['Designed:'] : [])],
      })),
    ];
    const notShown = await page.evaluate(visitEachSection, sections);
    // The first operation, as a reader arriving from a link would see it.
    await page.evaluate((id) => (location.hash = `#/${id}`), expected.operations[0]!.sectionId);
    await page.waitForTimeout(1000); // the sidebar animates open
    await page.screenshot({ path: join(screenshots, `${api}-first-operation.png`) });
    await close();
    expect({ notShown, problems }).toEqual({ notShown: [], problems: [] });
  });

  // Each API's console: a create then a list through Scalar's client, answered by the
  // mock in the page; the list holds what was created, and nothing left 127.0.0.1.
  it.concurrent.for(consoleFlows)('the $api console creates, then lists what it created, from the page', { timeout: 120_000 }, async (flow, { expect }) => {
    const { page, problems, close } = await open(`${flow.api}-console.html`);
    await page.waitForSelector('#console-status[data-state]');
    await expect(page.locator('#console-status').getAttribute('data-state')).resolves.toBe('ready');
    const created = await sendFromConsole(page, flow.api, flow.create);
    const listed = await sendFromConsole(page, flow.api, flow.list);
    await page.screenshot({ path: join(screenshots, `${flow.api}-console.png`) });
    await close();
    const createdId = flow.idOf(created.body);
    expect({ status: created.status, shown: created.shown, hasId: typeof createdId === 'string' }).toEqual({ status: 201, shown: expect.stringMatching(/^201 /), hasId: true });
    expect(listed.status).toBe(200);
    expect(flow.listedIds(listed.body)).toContain(createdId);
    expect(problems).toEqual([]);
  });
});
