import type { StoredItem } from './store.ts';

/**
 * Cursor pages, newest first. The cursor encodes the insertion order of the
 * last item returned, so items created while a client walks the pages never
 * shift it: every item that existed at the start is seen exactly once.
 */
export function page(items: StoredItem[], limit: number, cursor: string | undefined): { data: StoredItem[]; pagination: { nextCursor: string | null; hasMore: boolean; limit: number } } | { invalidCursor: true } {
  let after = Number.POSITIVE_INFINITY;
  if (cursor !== undefined) {
    const decoded = Number(decodeCursor(cursor));
    if (!Number.isInteger(decoded) || decoded < 0) return { invalidCursor: true };
    after = decoded;
  }
  const ordered = items.filter((item) => item.sequence < after).sort((a, b) => b.sequence - a.sequence);
  const data = ordered.slice(0, limit);
  const hasMore = ordered.length > limit;
  return { data, pagination: { nextCursor: hasMore ? encodeCursor(data.at(-1)!.sequence) : null, hasMore, limit } };
}

function encodeCursor(sequence: number): string {
  return `cur_${btoa(String(sequence)).replace(/=+$/, '')}`;
}

function decodeCursor(cursor: string): string {
  try {
    return atob(cursor.replace(/^cur_/, ''));
  } catch {
    return 'invalid';
  }
}
