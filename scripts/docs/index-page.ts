import { nodeKindNames, nodeKinds } from '../lib/designed-markers.ts';
import { consoleFiles } from './console-page.ts';
import { designedLabel } from './designed-notes.ts';
import { escapeHtml, inlineMarkdown, redocTagAnchor } from './html.ts';
import type { ApiSummary } from './spec-summary.ts';

/** Where each file of one API sits in the site, relative to index.html. */
export function siteFiles(api: string) {
  return { reference: `${api}.html`, yaml: `specs/${api}.yaml`, json: `specs/${api}.json` };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `7 designed items: 2 operations, 5 schemas (3 of them keywords only)`, kinds with none left out. */
function renderDesigned(api: ApiSummary): string {
  const { total, byKind, keywordMarkers } = api.designed;
  if (total === 0) return `<p class="meta designed" data-designed-count="0">No designed items: everything in this contract is documented.</p>`;
  const kinds = nodeKinds.filter((kind) => byKind[kind] > 0).map((kind) => `${byKind[kind]} ${nodeKindNames[kind][byKind[kind] === 1 ? 0 : 1]}`);
  const keywordsOnly = keywordMarkers > 0 ? ` (${keywordMarkers} of them for some keywords only)` : '';
  return `<p class="meta designed" data-designed-count="${total}">${plural(total, 'designed item')}: ${kinds.join(', ')}${keywordsOnly}.</p>`;
}

// What "designed" means, said once for all four APIs.
const legend = `<p class="legend" data-designed-legend><strong>${designedLabel}</strong> marks what a contract states that the product's documentation does not: a bound, a default, an error body, a whole operation, chosen by us where the documentation is silent. The reference pages end the description of each such item with a "${designedLabel} …" note giving the reason (naming the keywords when only some of an item's constraints are designed), and the conformance suite only warns when a server differs from one. Everything without a note is as documented.</p>`;

function renderAuth(api: ApiSummary): string {
  if (api.auth.length === 0) return '<p class="muted">No security scheme is declared.</p>';
  const items = api.auth.map(
    (scheme) => `<li><strong>${escapeHtml(scheme.name)}</strong> <span class="how">${inlineMarkdown(scheme.how)}</span>${scheme.description ? `<br><span class="muted">${inlineMarkdown(scheme.description)}</span>` : ''}</li>`,
  );
  const lead = api.auth.length > 1 ? '<p class="muted">Any one of:</p>' : '';
  return `${lead}<ul class="auth">${items.join('')}</ul>`;
}

function renderGroups(api: ApiSummary): string {
  const files = siteFiles(api.id);
  const rows = api.groups.map(
    (group) =>
      `<tr${group.operations === 0 ? ' class="empty"' : ''}><td><a href="${escapeHtml(files.reference + redocTagAnchor(group.name))}" data-tag-link>${escapeHtml(group.name)}</a></td><td class="count">${group.operations}</td></tr>`,
  );
  return `<table class="groups">
        <thead><tr><th scope="col">Endpoint group</th><th scope="col" class="count">Operations</th></tr></thead>
        <tbody>${rows.join('')}</tbody>
        <tfoot><tr><th scope="row">Total</th><td class="count" data-operation-count>${api.operationCount}</td></tr></tfoot>
      </table>`;
}

function renderApi(api: ApiSummary): string {
  const files = siteFiles(api.id);
  const baseUrl = api.baseUrl
    ? `<code class="url">${escapeHtml(api.baseUrl.url)}</code>${api.baseUrl.description ? ` <span class="muted">${inlineMarkdown(api.baseUrl.description)}</span>` : ''}`
    : '<span class="muted">No server is declared.</span>';
  return `
  <section class="api" id="${escapeHtml(api.id)}" data-api="${escapeHtml(api.id)}">
    <header>
      <h2><a href="${escapeHtml(files.reference)}">${escapeHtml(api.title)}</a></h2>
      <p class="meta"><code>${escapeHtml(api.id)}</code> · version ${escapeHtml(api.version)} · ${plural(api.operationCount, 'operation')}</p>
      ${renderDesigned(api)}
      ${api.summary ? `<p class="lead">${inlineMarkdown(api.summary)}</p>` : ''}
    </header>
    <div class="columns">
      <div>
        ${api.intro ? `<p>${inlineMarkdown(api.intro)}</p>` : ''}
        <h3>Base URL</h3>
        <p>${baseUrl}</p>
        <h3>Authentication</h3>
        ${renderAuth(api)}
        <p class="actions">
          <a class="button primary" href="${escapeHtml(files.reference)}">Open the reference</a>
          <a class="button" href="${escapeHtml(consoleFiles.page(api.id))}" data-console-link>Try it in the console</a>
          <a class="button" href="${escapeHtml(files.yaml)}" download>Spec as YAML</a>
          <a class="button" href="${escapeHtml(files.json)}" download>Spec as JSON</a>
        </p>
      </div>
      <div>${renderGroups(api)}</div>
    </div>
  </section>`;
}

export function renderIndexPage(apis: ApiSummary[]): string {
  const contents = apis.map(
    (api) => `<li><a href="#${escapeHtml(api.id)}">${escapeHtml(api.title)}</a> <span class="muted">${plural(api.operationCount, 'operation')}</span></li>`,
  );
  // The policy makes the promise testable: the browser refuses anything off this origin.
  // The empty icon spares a request for /favicon.ico and its 404 in the console.
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>agent-contracts · API portal</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="portal.css">
</head>
<body>
  <header class="site">
    <h1>agent-contracts API portal</h1>
    <p>${plural(apis.length, 'HTTP API')}, each described by one OpenAPI 3.1 contract. Every page here is static and works offline.</p>
    <nav aria-label="APIs"><ul>${contents.join('')}</ul></nav>
    ${legend}
  </header>
  <main>${apis.map(renderApi).join('\n')}
  </main>
  <footer class="site"><p>Built by <code>npm run docs</code> from <code>generated/&lt;api&gt;/openapi.json</code>. Reference pages rendered with Redocly CLI; consoles with Scalar, answered by the stateful mock running in your browser.</p></footer>
</body>
</html>
`;
}
