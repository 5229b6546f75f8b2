import { expect } from '@open-wc/testing';
import {
  assignRanks,
  diffStandings,
  notableChanges,
  orderStandings,
  type StandingEntry,
  scoreDecimals,
} from './ranking.js';

const entry = (id: string, score: number | null, rank?: number): StandingEntry => ({
  rank,
  contestant: { id, name: `Name ${id}`, organisation: 'Org', districtCode: '320812' },
  score,
  medal: null,
});

describe('competition-board ranking', () => {
  it('gives tied scores the same rank and skips the places they take (1, 1, 3)', () => {
    const ranked = assignRanks([entry('c', 90), entry('a', 95), entry('b', 95), entry('d', 80)]);
    expect(ranked.map((e) => [e.contestant.id, e.rank, e.tied])).to.deep.equal([
      ['a', 1, true],
      ['b', 1, true],
      ['c', 3, false],
      ['d', 4, false],
    ]);
  });

  it('puts contestants without a score last', () => {
    const ranked = assignRanks([entry('x', null), entry('y', 10)]);
    expect(ranked.map((e) => [e.contestant.id, e.rank])).to.deep.equal([
      ['y', 1],
      ['x', 2],
    ]);
  });

  it("keeps the server's ranks and marks shared ones as tied", () => {
    const ordered = orderStandings([entry('c', 88, 3), entry('a', 90, 1), entry('b', 90, 1)]);
    expect(ordered.map((e) => [e.contestant.id, e.rank, e.tied])).to.deep.equal([
      ['a', 1, true],
      ['b', 1, true],
      ['c', 3, false],
    ]);
  });

  it('computes ranks when the server sent none', () => {
    const ordered = orderStandings([entry('a', 1), entry('b', 2)]);
    expect(ordered.map((e) => e.rank)).to.deep.equal([1, 2]);
  });

  it('reports who moved up, down, arrived or only changed score', () => {
    const before = [entry('a', 90, 1), entry('b', 80, 2), entry('c', 70, 3)];
    const after = [entry('c', 95, 1), entry('a', 90, 2), entry('b', 81, 3), entry('d', 60, 4)];
    const byId = Object.fromEntries(diffStandings(before, after).map((c) => [c.id, c]));
    expect(byId.c).to.include({ movement: 'up', delta: 2, previousRank: 3, rank: 1, scoreChanged: true });
    expect(byId.a).to.include({ movement: 'down', delta: -1, previousRank: 1, rank: 2, scoreChanged: false });
    expect(byId.b).to.include({ movement: 'down', delta: -1, scoreChanged: true });
    expect(byId.d).to.include({ movement: 'new', previousRank: null, delta: 0 });
  });

  it('treats a new tie as no movement for the one who kept the rank', () => {
    const before = [entry('a', 90, 1), entry('b', 80, 2)];
    const after = [entry('a', 90, 1), entry('b', 90, 1)];
    const changes = diffStandings(before, after);
    expect(changes.find((c) => c.id === 'a')).to.include({ movement: 'same', scoreChanged: false });
    expect(changes.find((c) => c.id === 'b')).to.include({ movement: 'up', delta: 1 });
    expect(notableChanges(changes).map((c) => c.id)).to.deep.equal(['b']);
  });

  it('everyone is new against no previous standings', () => {
    expect(diffStandings(null, [entry('a', 1, 1)])[0]!.movement).to.equal('new');
  });

  it('shows as many decimals as the most precise score, for all (83.0 next to 95.8)', () => {
    expect(scoreDecimals([95.8, 83, null])).to.equal(1);
    expect(scoreDecimals([90, 80])).to.equal(0);
    expect(scoreDecimals([91.25, 90.5])).to.equal(2);
    expect(scoreDecimals([1 / 3])).to.equal(3);
    expect(scoreDecimals([])).to.equal(0);
  });
});
