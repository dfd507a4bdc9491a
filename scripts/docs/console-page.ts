import { findApi } from '../../apis/index.ts';
import type { BrowserApi } from '../../mocks/browser.ts';
import type { ConsoleConfig } from './console/page.ts';
import { escapeHtml } from './html.ts';

/** Where the console's files sit in the site, relative to index.html. */
export const consoleFiles = {
  script: 'console/console.js',
  scalar: 'console/scalar.js',
  /** MSW's worker, at the site's root so that its scope covers every page. */
  worker: 'mockServiceWorker.js',
  page: (api: string) => `${api}-console.html`,
  spec: (api: string) => `console/${api}.json`,
};

interface SecurityScheme {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
}

/**
 * Scalar's `authentication` option, filled with the mock's demo identity (the owner
 * of the demo fixture) for each scheme it has a credential for: a reader can send
 * at once, and sees the data the demo fixture holds.
 */
export function demoAuthentication(api: string, schemes: Record<string, SecurityScheme>): Record<string, unknown> {
  const demo = findApi(api).identities.demo as Record<string, string>;
  const header = (name: string) => Object.entries(demo).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  const securitySchemes: Record<string, unknown> = {};
  let preferred: string | undefined;
  for (const [name, scheme] of Object.entries(schemes)) {
    let credential: Record<string, string> | undefined;
    if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name && header(scheme.name)) credential = { value: header(scheme.name)! };
    const bearer = header('authorization')?.match(/^Bearer (.+)$/)?.[1];
    if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer' && bearer) credential = { token: bearer };
    if (!credential) continue;
    securitySchemes[name] = credential;
    preferred ??= name;
  }
  if (!preferred) throw new Error(`${api}: no security scheme takes the mock's demo credentials (${Object.keys(demo).join(', ')})`);
  return { preferredSecurityScheme: preferred, securitySchemes };
}

// 'unsafe-eval': the mock validates requests with ajv, which compiles its validators to functions.
// connect-src 'self': the console can reach the page's own origin only, where the worker answers.
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface ConsolePageRequest {
  api: string;
  title: string;
  schemes: Record<string, SecurityScheme>;
  referencePage: string;
}

export function renderConsolePage(request: ConsolePageRequest): string {
  const config: ConsoleConfig = {
    api: request.api as BrowserApi,
    title: request.title,
    spec: consoleFiles.spec(request.api),
    mountPath: `mock/${request.api}`,
    authentication: demoAuthentication(request.api, request.schemes),
  };
  // JSON in a non-executed script: `<` escaped so that no string in it can close the tag.
  const configJson = JSON.stringify(config).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(request.title)}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="portal.css">
</head>
<body class="console">
  <nav class="portal-bar" aria-label="Portal">
    <a href="index.html">← All APIs</a>
    <span class="title">${escapeHtml(request.title)}</span>
    <span class="mock-status" id="console-status" role="status">Starting the mock in this page…</span>
    <button type="button" id="console-reset" hidden>Reset the mock</button>
    <a href="${escapeHtml(request.referencePage)}">Reference</a>
  </nav>
  <div id="console"></div>
  <script type="application/json" id="console-config">${configJson}</script>
  <script src="${consoleFiles.scalar}"></script>
  <script src="${consoleFiles.script}"></script>
</body>
</html>
`;
}
