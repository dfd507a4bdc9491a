import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.ts';
import { bundleForBrowser } from '../../scripts/docs/console-assets.ts';
import { serveDocs } from '../../scripts/docs/server.ts';
import { keepOnLoopback, launchChromium } from '../docs/browser.ts';

const marker = '<!-- browser-example: tests/browser/readme-example.test.ts -->';

/** The README's browser example, exactly as written: the ```ts block after the marker. */
function readmeExample(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README.md has no ${marker}`);
  const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block) throw new Error('README.md has no ```ts block after the browser example marker');
  return block[1]!;
}

describe("the README's browser example, in Chromium", () => {
  const site = mkdtempSync(join(tmpdir(), 'browser-example-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('creates a review with the typed client through the worker, then sees it in the list, without the network', { timeout: 90_000 }, async () => {
    writeFileSync(join(site, 'main.ts'), readmeExample());
    // The package's specifiers, as an installed package resolves them, point at this repository's sources.
    await bundleForBrowser(join(site, 'main.ts'), join(site, 'main.js'), 'esm', {
      'agent-contracts/mocks/browser': join(repoRoot, 'mocks/browser.ts'),
      'agent-contracts/runflow': join(repoRoot, 'client/runflow.ts'),
    });
    // What `npx msw init <public folder>` does: the worker script at the site's root.
    copyFileSync(join(repoRoot, 'node_modules/msw/lib/mockServiceWorker.js'), join(site, 'mockServiceWorker.js'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>example</title><body>loading</body><script type="module" src="main.js"></script>');

    const server = await serveDocs({ dir: site, port: 0 });
    const browser = await launchChromium();
    const problems: string[] = [];
    try {
      const context = await browser.newContext();
      await keepOnLoopback(context, problems);
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`uncaught ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      const mockedCalls: string[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).hostname === 'api.runflow.ai') mockedCalls.push(`${response.request().method()} ${response.status()} ${response.fromServiceWorker() ? 'worker' : 'network'}`);
      });
      await page.goto(server.url);
      await page.waitForFunction(() => document.body.textContent !== 'loading', undefined, { timeout: 30_000 });
      expect(await page.textContent('body')).toBe('Gave the wrong opening hours');
      expect(mockedCalls).toEqual(['POST 201 worker', 'GET 200 worker']);
      // Kept in the browser's storage, as the example asks: the next page load resumes from it.
      const saved = await page.evaluate(() => localStorage.getItem('agent-contracts:mock:runflow'));
      expect(saved).toContain('Gave the wrong opening hours');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
