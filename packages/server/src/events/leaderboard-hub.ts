// Live leaderboard updates. Each recorded score becomes an event whose id is the leaderboard's
// new version; the last events of each competition are kept so a client can resume from
// Last-Event-ID, and anything older gets a full snapshot instead.
import type { Leaderboard } from '@skills-huaian/schemas';

export interface ScoreEvent {
  id: number;
  event: 'score';
  /** The new leaderboard, plus the change that made it. */
  data: Leaderboard & { change: { contestantId: string; score: number; recordedAt: string } };
}

type Listener = (event: ScoreEvent) => void;

const KEEP = 200;

export class LeaderboardHub {
  private readonly recent = new Map<string, ScoreEvent[]>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly closers = new Set<() => void>();

  publish(event: ScoreEvent): void {
    const id = event.data.competitionId;
    const list = this.recent.get(id) ?? [];
    list.push(event);
    if (list.length > KEEP) list.splice(0, list.length - KEEP);
    this.recent.set(id, list);
    for (const listener of this.listeners.get(id) ?? []) listener(event);
  }

  /**
   * The events after `lastEventId`, or null when they are not all known any more (the client
   * then needs a snapshot). An id equal to the current version needs nothing.
   */
  since(competitionId: string, lastEventId: number, currentVersion: number): ScoreEvent[] | null {
    if (lastEventId === currentVersion) return [];
    if (lastEventId > currentVersion) return null;
    const list = this.recent.get(competitionId) ?? [];
    const missed = list.filter((e) => e.id > lastEventId);
    if (missed.length === 0 || missed[0]!.id !== lastEventId + 1) return null;
    return missed;
  }

  subscribe(competitionId: string, listener: Listener): () => void {
    const set = this.listeners.get(competitionId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(competitionId, set);
    return () => set.delete(listener);
  }

  /** Registers a stream to end when the server stops. */
  onClose(close: () => void): () => void {
    this.closers.add(close);
    return () => this.closers.delete(close);
  }

  closeAll(): void {
    for (const close of [...this.closers]) close();
    this.closers.clear();
  }
}
