/**
 * The first fenced code block after a marker line of a Markdown document, without
 * its fences: tests run the README's examples as written rather than a copy.
 */
export function readmeCodeBlockAfter(markdown: string, marker: string): string {
  const start = markdown.indexOf(marker);
  if (start < 0) throw new Error(`README has no "${marker}"`);
  const block = /^```[a-z]*\n([\s\S]*?)^```$/m.exec(markdown.slice(start));
  if (!block) throw new Error(`README has no code block after "${marker}"`);
  return block[1]!;
}
