/** Cursor pages over an already ordered list: the cursor is the offset of the next page, opaque to clients. */
export function cursorPage<T>(items: T[], query: { limit: number; cursor?: string }): { data: T[]; next_cursor: string | null } {
  const { limit } = query;
  const offset = query.cursor ? Number(atobSafe(query.cursor)) || 0 : 0;
  const data = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? btoa(String(offset + limit)) : null;
  return { data, next_cursor: next };
}

function atobSafe(text: string): string {
  try {
    return atob(text);
  } catch {
    return '0';
  }
}
