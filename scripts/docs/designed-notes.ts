/**
 * Redoc shows no vendor extensions, so a reader of the reference could not tell what a
 * contract took from the product documentation from what we designed. Before a page is
 * rendered, a copy of the bundled spec gets a visible note in the description of every
 * node carrying `x-designed`; the spec offered for download stays as generated.
 */
import { findDesignedMarkers, type DesignedMarker } from '../lib/designed-markers.ts';
import type { JsonObject } from '../lib/openapi-walk.ts';

/** The note's label, as the portal's legend names it. */
export const designedLabel = 'Designed:';

// Redoc renders descriptions as Markdown and lets HTML through; a reason is text.
function escapeMarkdownHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** `**Designed:** reason`, or, for the keyword form, each keyword in code followed by its reason. */
export function designedNote(marker: DesignedMarker): string {
  if (marker.reason !== undefined) return `**${designedLabel}** ${escapeMarkdownHtml(marker.reason)}`;
  const keywords = Object.entries(marker.keywords ?? {}).map(([keyword, reason]) => `\`${keyword}\` (${escapeMarkdownHtml(reason)})`);
  return `**${designedLabel}** ${keywords.join('; ')}`;
}

/**
 * A deep copy of `spec` in which each designed node's description ends with its note
 * (as a paragraph of its own, after what the node already says).
 */
export function withDesignedNotes(spec: JsonObject): { spec: JsonObject; markers: DesignedMarker[] } {
  const copy = structuredClone(spec);
  const markers = findDesignedMarkers(copy);
  for (const marker of markers) {
    const note = designedNote(marker);
    const existing = typeof marker.node.description === 'string' ? marker.node.description.trimEnd() : '';
    marker.node.description = existing ? `${existing}\n\n${note}` : note;
  }
  return { spec: copy, markers };
}
