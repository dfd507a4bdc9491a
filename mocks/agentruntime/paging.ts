/**
 * Cursor pages over an already ordered list. The cursor names the last item
 * returned (with its offset, for when that item is gone), opaque to clients:
 * items created while a client walks a newest-first list never make it see an
 * item twice.
 */
export function cursorPage<T>(items: T[], query: { limit: number; cursor?: string }): { data: T[]; next_cursor: string | null } {
  const { limit } = query;
  const offset = query.cursor ? startAfter(items, atobSafe(query.cursor)) : 0;
  const data = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? btoa(`${offset + limit}:${idOf(data.at(-1))}`) : null;
  return { data, next_cursor: next };
}

/** Where the page after a cursor starts: after the item it names when that item is still listed, else at its offset. */
function startAfter<T>(items: T[], cursor: string): number {
  const [offset = '', id = ''] = cursor.split(/:(.*)/s);
  const index = id === '' ? -1 : items.findIndex((item) => idOf(item) === id);
  return index >= 0 ? index + 1 : Number(offset) || 0;
}

function idOf(item: unknown): string {
  const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '';
}

function atobSafe(text: string): string {
  try {
    return atob(text);
  } catch {
    return '0';
  }
}
