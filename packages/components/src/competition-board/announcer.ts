// Polite, batched announcements of rank changes: a live board may change several times a second,
// a screen reader user should hear one short summary now and then, not every update.
import { type Change, diffStandings, notableChanges, type StandingEntry } from './ranking.js';

export interface SummaryText {
  /** Whole announcement around the listed items, e.g. "Standings updated: {items}." */
  wrap(items: string): string;
  up(name: string, rank: number): string;
  down(name: string, rank: number): string;
  added(name: string, rank: number): string;
  score(name: string, rank: number): string;
  more(count: number): string;
  separator: string;
}

/** Most telling first: medal places, then the biggest climbs, newcomers, falls, score-only changes. */
function weight(c: Change): number {
  const podium = c.rank <= 3 ? 1000 : 0;
  if (c.movement === 'up') return podium + 100 + c.delta;
  if (c.movement === 'new') return podium + 50;
  if (c.movement === 'down') return podium + 20 - c.delta;
  return podium;
}

/** One short sentence for a batch of changes, or null when nothing notable happened. */
export function summariseChanges(changes: readonly Change[], text: SummaryText, max = 3): string | null {
  const notable = notableChanges(changes);
  if (notable.length === 0) return null;
  const top = [...notable].sort((a, b) => weight(b) - weight(a) || a.rank - b.rank).slice(0, max);
  const items = top.map((c) => {
    if (c.movement === 'up') return text.up(c.name, c.rank);
    if (c.movement === 'down') return text.down(c.name, c.rank);
    if (c.movement === 'new') return text.added(c.name, c.rank);
    return text.score(c.name, c.rank);
  });
  const rest = notable.length - top.length;
  if (rest > 0) items.push(text.more(rest));
  return text.wrap(items.join(text.separator));
}

export interface BatcherOptions {
  /** Receives each summary (the element forwards it to its polite live region). */
  announce: (message: string) => void;
  summarise: (changes: Change[]) => string | null;
  /** Wait this long after a change so a burst of updates becomes one announcement. */
  settleMs?: number;
  /** Never announce more often than this. */
  minGapMs?: number;
  now?: () => number;
}

/**
 * Collects standings as they arrive and announces the net change since the last announcement,
 * at most once per `minGapMs`. Intermediate states are folded: a contestant who climbs two places
 * and falls back within one batch is not mentioned at all.
 */
export class AnnouncementBatcher {
  private baseline: readonly StandingEntry[] | null = null;
  private latest: readonly StandingEntry[] | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastAt = Number.NEGATIVE_INFINITY;
  private readonly settleMs: number;
  private readonly minGapMs: number;
  private readonly now: () => number;

  constructor(private readonly options: BatcherOptions) {
    this.settleMs = options.settleMs ?? 1500;
    this.minGapMs = options.minGapMs ?? 10_000;
    this.now = options.now ?? (() => Date.now());
  }

  /** Starts from these standings without announcing them (a board that just opened). */
  reset(standings: readonly StandingEntry[] | null): void {
    this.cancel();
    this.baseline = standings;
    this.latest = standings;
  }

  push(standings: readonly StandingEntry[]): void {
    if (this.baseline === null) {
      this.reset(standings);
      return;
    }
    this.latest = standings;
    if (this.timer !== undefined) return;
    const wait = Math.max(this.settleMs, this.lastAt + this.minGapMs - this.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  /** Announces now whatever is pending. */
  flush(): void {
    this.cancel();
    if (!this.latest || !this.baseline) return;
    const message = this.options.summarise(diffStandings(this.baseline, this.latest));
    this.baseline = this.latest;
    if (!message) return;
    this.lastAt = this.now();
    this.options.announce(message);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
