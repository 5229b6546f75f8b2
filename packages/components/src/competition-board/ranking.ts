// Standings logic of the board, free of DOM and network so it can be unit-tested:
// ordering with shared ranks for ties, and the difference between two standings.

/** The fields of a leaderboard entry the board relies on (CONTRACT.md, "Leaderboard"). */
export interface StandingEntry {
  rank?: number | null;
  contestant: { id: string; name: string; organisation?: string | null; districtCode?: string | null };
  score: number | null;
  medal?: 'gold' | 'silver' | 'bronze' | null;
}

/** A standing with its rank settled and whether it shares that rank with others. */
export type RankedEntry<E extends StandingEntry = StandingEntry> = E & { rank: number; tied: boolean };

/** How one contestant moved between two standings. */
export type Movement = 'up' | 'down' | 'new' | 'same';

export interface Change {
  id: string;
  name: string;
  movement: Movement;
  rank: number;
  /** Rank in the previous standings (null for a newcomer). */
  previousRank: number | null;
  /** Positive when the contestant climbed. */
  delta: number;
  scoreChanged: boolean;
  score: number | null;
  medal: StandingEntry['medal'];
}

const byName = (a: StandingEntry, b: StandingEntry) => a.contestant.name.localeCompare(b.contestant.name);
const scoreOf = (e: StandingEntry) => (typeof e.score === 'number' ? e.score : Number.NEGATIVE_INFINITY);

/**
 * Standard competition ranking from scores ("1, 1, 3"): higher scores first, equal scores share
 * a rank and the next rank skips the tied places. Contestants without a score come last.
 */
export function assignRanks<E extends StandingEntry>(entries: readonly E[]): RankedEntry<E>[] {
  const sorted = [...entries].sort((a, b) => scoreOf(b) - scoreOf(a) || byName(a, b));
  let rank = 0;
  const ranked = sorted.map((e, i) => {
    if (i === 0 || scoreOf(sorted[i - 1]!) !== scoreOf(e)) rank = i + 1;
    return { ...e, rank, tied: false };
  });
  return markTies(ranked);
}

/**
 * Orders standings as the server ranked them. The server's rank wins (it may break ties by rules
 * the board does not know); ranks are computed from scores only when some are missing.
 */
export function orderStandings<E extends StandingEntry>(entries: readonly E[]): RankedEntry<E>[] {
  if (entries.some((e) => typeof e.rank !== 'number' || e.rank < 1)) return assignRanks(entries);
  const sorted = [...entries]
    .map((e) => ({ ...e, rank: e.rank as number, tied: false }))
    .sort((a, b) => a.rank - b.rank || scoreOf(b) - scoreOf(a) || byName(a, b));
  return markTies(sorted);
}

function markTies<E extends StandingEntry>(ranked: RankedEntry<E>[]): RankedEntry<E>[] {
  const counts = new Map<number, number>();
  for (const e of ranked) counts.set(e.rank, (counts.get(e.rank) ?? 0) + 1);
  for (const e of ranked) e.tied = (counts.get(e.rank) ?? 0) > 1;
  return ranked;
}

/** Compares two standings by contestant id. Contestants that left the board are not reported. */
export function diffStandings(
  previous: readonly StandingEntry[] | null | undefined,
  next: readonly StandingEntry[],
): Change[] {
  const before = new Map<string, RankedEntry>();
  for (const e of orderStandings(previous ?? [])) before.set(e.contestant.id, e);
  return orderStandings(next).map((e) => {
    const old = before.get(e.contestant.id);
    const previousRank = old ? old.rank : null;
    const delta = previousRank === null ? 0 : previousRank - e.rank;
    const movement: Movement = !old ? 'new' : delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
    return {
      id: e.contestant.id,
      name: e.contestant.name,
      movement,
      rank: e.rank,
      previousRank,
      delta,
      scoreChanged: !!old && old.score !== e.score,
      score: e.score,
      medal: e.medal ?? null,
    };
  });
}

/** The changes worth showing or announcing: anyone who moved, arrived or got a new score. */
export function notableChanges(changes: readonly Change[]): Change[] {
  return changes.filter((c) => c.movement !== 'same' || c.scoreChanged);
}

/**
 * The fraction digits that show every score as given, so that 83.0 stands next to 95.8 rather
 * than 83 (at most 3, Intl's default maximum).
 */
export function scoreDecimals(scores: readonly (number | null | undefined)[]): number {
  let digits = 0;
  for (const score of scores) {
    if (typeof score !== 'number' || !Number.isFinite(score)) continue;
    const [, fraction = ''] = String(Math.abs(score)).split('.');
    digits = Math.max(digits, Math.min(3, fraction.length));
  }
  return digits;
}
