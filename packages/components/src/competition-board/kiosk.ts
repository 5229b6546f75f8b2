// Kiosk schedule: which competitions a wall screen cycles through and when it turns the page.
// Paging rather than smooth scrolling keeps long boards readable from a distance and needs no
// motion, so it behaves the same under prefers-reduced-motion.

export interface KioskCompetition {
  id: string;
  status: string;
  startDate?: string | null;
  endDate?: string | null;
}

export interface KioskPosition {
  /** Index into the rotation. */
  index: number;
  /** Page of the current board, from 0. */
  page: number;
}

/**
 * What a kiosk shows in turn: the live competitions; when none is live, the latest finished ones
 * (their results), and when there are none of those either, nothing (the screen shows the list).
 */
export function kioskRotation<C extends KioskCompetition>(competitions: readonly C[], maxFinished = 5): C[] {
  const live = competitions.filter((c) => c.status === 'live');
  if (live.length > 0) return live;
  return competitions
    .filter((c) => c.status === 'finished')
    .sort((a, b) => (b.endDate ?? b.startDate ?? '').localeCompare(a.endDate ?? a.startDate ?? ''))
    .slice(0, maxFinished);
}

export function pageCount(rows: number, rowsPerPage: number): number {
  if (rowsPerPage < 1) return 1;
  return Math.max(1, Math.ceil(rows / rowsPerPage));
}

export function pageSlice<T>(rows: readonly T[], page: number, rowsPerPage: number): T[] {
  if (rowsPerPage < 1) return [...rows];
  const start = Math.min(page, pageCount(rows.length, rowsPerPage) - 1) * rowsPerPage;
  return rows.slice(start, start + rowsPerPage);
}

/** The next step of the schedule: the board's next page, or the first page of the next board. */
export function nextKioskPosition(at: KioskPosition, competitions: number, pages: number): KioskPosition {
  if (at.page + 1 < pages) return { index: at.index, page: at.page + 1 };
  if (competitions < 1) return { index: 0, page: 0 };
  return { index: (at.index + 1) % competitions, page: 0 };
}
