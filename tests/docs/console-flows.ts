import type { Page, Response } from 'playwright-core';

/** One create-then-list flow per API, through the console's own "Test Request" and "Send". */
export interface ConsoleFlow {
  api: string;
  create: { method: 'POST'; path: string; tag: string };
  list: { method: 'GET'; path: string; tag: string };
  /** The created item's id, from the create response. */
  idOf(body: unknown): unknown;
  /** The ids of the list response's items. */
  listedIds(body: unknown): unknown[];
}

const byId = { idOf: (body: unknown) => (body as { id?: unknown }).id, listedIds: (body: unknown) => ((body as { data?: { id?: unknown }[] }).data ?? []).map((item) => item.id) };

export const consoleFlows: ConsoleFlow[] = [
  {
    api: 'runflow',
    create: { method: 'POST', path: '/api/v1/runtime/v1/observability/executions/{executionId}/reviews', tag: 'reviews' },
    list: { method: 'GET', path: '/api/v1/runtime/v1/observability/reviews', tag: 'reviews' },
    idOf: byId.idOf,
    listedIds: (body) => ((body as { reviews?: { id?: unknown }[] }).reviews ?? []).map((review) => review.id),
  },
  { api: 'agentruntime', create: { method: 'POST', path: '/v1/workflows', tag: 'workflows' }, list: { method: 'GET', path: '/v1/workflows', tag: 'workflows' }, ...byId },
  { api: 'runtype', create: { method: 'POST', path: '/flows', tag: 'flows' }, list: { method: 'GET', path: '/flows', tag: 'flows' }, ...byId },
  {
    api: 'intent-runs',
    create: { method: 'POST', path: '/v1/runs', tag: 'runs' }, list: { method: 'GET', path: '/v1/runs', tag: 'runs' },
    idOf: (body) => (body as { runId?: unknown }).runId,
    listedIds: (body) => ((body as { data?: { runId?: unknown }[] }).data ?? []).map((run) => run.runId),
  },
];

export interface SentRequest {
  status: number;
  body: unknown;
  /** What the console shows of the answer: its status line and header count. */
  shown: string;
}

/**
 * Opens the operation's section (Scalar's id ends with `/<METHOD><path>`), clicks
 * its "Test Request", then "Send" in the client, and returns the answer the page
 * got from the in-page mock (served by the worker, so never seen by the network).
 */
export async function sendFromConsole(page: Page, api: string, operation: { method: string; path: string; tag: string }): Promise<SentRequest> {
  // Closes the client if it is open, then goes to the operation as a link would.
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('button.app-exit-button')?.click());
  const sectionSuffix = `/${operation.method}${operation.path}`;
  await page.evaluate((hash) => (location.hash = hash), `tag/${operation.tag}${sectionSuffix}`);
  const section = page.locator(`[id$="${sectionSuffix}"]`).first();
  await section.getByRole('button', { name: /Test Request/ }).click();
  const answered = page.waitForResponse((response: Response) => {
    const url = new URL(response.url());
    return url.pathname.includes(`/mock/${api}/`) && response.request().method() === operation.method;
  });
  await page.getByRole('button', { name: /^Send/ }).first().click();
  const response = await answered;
  const statusLine = page.getByText(new RegExp(`^${response.status()} [A-Z]`)).first();
  await statusLine.waitFor();
  const shown = `${await statusLine.textContent()}`;
  return { status: response.status(), body: await response.json(), shown };
}
