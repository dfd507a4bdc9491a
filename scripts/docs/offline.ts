/**
 * Redoc's inlined bundle still names two CDNs: cdn.redoc.ly for the "API docs by
 * Redocly" logo in the sidebar (an <img>, fetched on every page view) and
 * cdn.redocly.com for icon packs (CSS mask/background images, used by some
 * features such as code-sample language tabs). The portal must not fetch anything
 * from the internet, so each page is rewritten after Redocly builds it.
 */

// The attribution stays, as text drawn locally instead of the remote logo.
const wordmark = (width: number, text: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="16" viewBox="0 0 ${width} 16"><text x="1" y="12" textLength="${width - 2}" lengthAdjust="spacingAndGlyphs" font-family="system-ui,sans-serif" font-size="12" font-weight="700" fill="#3b4556">${text}</text></svg>`,
  )}`;

const rewrites: { remote: RegExp; local: string }[] = [
  { remote: /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini-full\.svg/g, local: wordmark(50, 'Redocly') },
  { remote: /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini\.svg/g, local: wordmark(10, 'R') },
  // Icons are decoration: an empty data: URL draws nothing and requests nothing.
  { remote: /https:\/\/cdn\.redocly\.com\/icons\/[a-z]+\/[0-9.]+/g, local: 'data:image/svg+xml,' },
];

// Any of these left in a page would be a request to the internet when it is opened.
const remoteAssetHosts = /https?:\/\/(cdn\.redoc\.ly|cdn\.redocly\.com|fonts\.googleapis\.com|fonts\.gstatic\.com|unpkg\.com|cdn\.jsdelivr\.net)[^"'`\s)]*/;

export function makeOffline(html: string, page: string): string {
  let result = html;
  for (const { remote, local } of rewrites) result = result.replace(remote, local);
  const leftover = remoteAssetHosts.exec(result);
  if (leftover) {
    throw new Error(`${page} still loads ${leftover[0]} from the internet; teach scripts/docs/offline.ts to replace it (the Redocly CLI may have changed)`);
  }
  // Redoc sends usage traces unless told not to; REDOCLY_TELEMETRY=off is what tells it.
  if (!result.includes('"disableTelemetry":true')) {
    throw new Error(`${page} was built with Redoc telemetry on; build it with REDOCLY_TELEMETRY=off`);
  }
  return result;
}
