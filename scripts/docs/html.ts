/** Every string that comes from a spec goes through this before it reaches a page. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The one piece of Markdown the index renders: `inline code`, which the specs use
 * for header names and example values. It runs after escaping, so it adds no risk.
 */
export function inlineMarkdown(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/**
 * The anchor Redoc 3 gives a tag's section (`#/<slug>`): lower case, every run of
 * other characters made one hyphen. The browser test checks each link resolves.
 */
export function redocTagAnchor(tag: string): string {
  return `#/${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
