import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

// No sandbox: CI runs as root in a container. The rest stops Chromium's own
// traffic (updates, sync, field trials) so that every request seen is the page's.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, headless. Missing Chromium is a failure with the fix, never a silent skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`the docs portal test needs Chromium at ${chromiumPath}, which is missing: install it with \`apt-get install -y chromium\``);
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * Lets requests to 127.0.0.1 through and aborts any other, recording it: the
 * portal promises that opening a page sends nothing off this machine.
 */
export async function keepOnLoopback(context: BrowserContext, problems: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    problems.push(`tried to reach ${url} (${route.request().resourceType()}): only 127.0.0.1 is allowed`);
    return route.abort('blockedbyclient');
  });
}

/** Records console errors, uncaught exceptions, failed requests and answers of 400 or more. */
export function watchPage(page: Page, problems: string[]): void {
  const where = () => new URL(page.url()).pathname;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${where()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${where()}: uncaught ${error.name}: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`${where()}: request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${where()}: ${response.status()} for ${response.url()}`);
  });
}

/**
 * A full-page screenshot of a page that renders lazily and keeps a sticky,
 * viewport-tall sidebar (Redoc 3): the viewport grows to the page's height until
 * the height stops changing, so that every section is drawn, then shrinks back.
 */
export async function screenshotWholePage(page: Page, path: string, maxHeight = 16_000): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  let height = viewport.height;
  for (let round = 0; round < 10; round++) {
    const wanted = Math.min(maxHeight, await page.evaluate(() => document.documentElement.scrollHeight));
    if (wanted === height) break;
    height = wanted;
    await page.setViewportSize({ width: viewport.width, height });
    await page.waitForTimeout(250);
  }
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
}
