// Opaque cursors: base64url of the last item's sort key and id. Paging resumes strictly after
// that key, so it never repeats or skips an item.
export type SortKey = (string | number | null)[];

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export class InvalidCursorError extends Error {}

export function decodeCursor(cursor: string, length: number): SortKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    )
      return key as SortKey;
  } catch {
    // fall through
  }
  throw new InvalidCursorError('invalid cursor');
}

/** Compares sort keys element by element; null sorts last. */
export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Sorts items by key, then returns the page after the cursor. */
export function pageAfter<T>(
  items: T[],
  keyOf: (item: T) => SortKey,
  limit: number,
  cursor: string | undefined,
): { page: T[]; nextCursor: string | null } {
  const keyed = items.map((item) => ({ item, key: keyOf(item) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  let start = 0;
  if (cursor !== undefined && keyed.length > 0) {
    const after = decodeCursor(cursor, keyed[0]!.key.length);
    start = keyed.findIndex((k) => compareKeys(k.key, after) > 0);
    if (start < 0) start = keyed.length;
  }
  const slice = keyed.slice(start, start + limit);
  const more = start + limit < keyed.length;
  return {
    page: slice.map((k) => k.item),
    nextCursor: more && slice.length > 0 ? encodeCursor(slice[slice.length - 1]!.key) : null,
  };
}
