import { fail } from '../stateful/problems.ts';

export interface Pagination {
  nextCursor: string | null;
  hasMore: boolean;
  limit: number;
}

/**
 * Cursor pages, newest first unless asked otherwise. The cursor encodes the
 * insertion order of the last item returned, so items created while a client
 * walks the pages never shift it: every item that existed at the start is seen
 * exactly once.
 */
export function page<Item extends { sequence: number }>(
  items: Item[],
  limit: number,
  cursor: string | undefined,
  order: 'newest-first' | 'oldest-first' = 'newest-first',
): { data: Item[]; pagination: Pagination } {
  const newestFirst = order === 'newest-first';
  let after: number | undefined;
  if (cursor !== undefined) {
    const decoded = Number(decodeCursor(cursor));
    if (!Number.isInteger(decoded) || decoded < 0) {
      fail(400, 'cursor is not one this API issued', {
        violations: [{ at: 'query parameter cursor', field: 'cursor', keyword: 'format', documented: 'a cursor from a previous page of this list', received: JSON.stringify(cursor) }],
      });
    }
    after = decoded;
  }
  const ordered = items
    .filter((item) => after === undefined || (newestFirst ? item.sequence < after : item.sequence > after))
    .sort((a, b) => (newestFirst ? b.sequence - a.sequence : a.sequence - b.sequence));
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
