import { aTimeout, expect } from '@open-wc/testing';
import { AnnouncementBatcher, summariseChanges } from './announcer.js';
import { summaryText } from './messages.js';
import { diffStandings, type StandingEntry } from './ranking.js';

const entry = (id: string, name: string, score: number, rank: number): StandingEntry => ({
  rank,
  contestant: { id, name },
  score,
  medal: null,
});

describe('competition-board announcements', () => {
  const before = [entry('a', 'Wang Fang', 90, 1), entry('b', 'Li Lei', 80, 2), entry('c', 'Zhao Min', 70, 3)];
  const after = [entry('c', 'Zhao Min', 95, 1), entry('a', 'Wang Fang', 90, 2), entry('b', 'Li Lei', 80, 3)];

  it('summarises in English with ordinals, the biggest climb first', () => {
    const text = summariseChanges(diffStandings(before, after), summaryText('en'));
    expect(text).to.equal(
      'Standings updated: Zhao Min up to 1st; Wang Fang down to 2nd; Li Lei down to 3rd.',
    );
  });

  it('summarises in Chinese', () => {
    const text = summariseChanges(diffStandings(before, after), summaryText('zh-CN'), 1);
    expect(text).to.equal('排名更新：Zhao Min升至第1名；另有 2 处变化。');
  });

  it('caps a big batch and says how many more changed', () => {
    const many = Array.from({ length: 12 }, (_, i) => entry(`n${i}`, `P${i}`, 100 - i, i + 1));
    const text = summariseChanges(diffStandings([], many), summaryText('en'), 3)!;
    expect(text).to.match(
      /^Standings updated: P0 new at 1st; P1 new at 2nd; P2 new at 3rd; 9 more changes\.$/,
    );
  });

  it('says nothing when nothing notable changed', () => {
    expect(summariseChanges(diffStandings(before, before), summaryText('en'))).to.equal(null);
  });

  it('batches a burst of updates into one announcement of the net change', async () => {
    const said: string[] = [];
    const batcher = new AnnouncementBatcher({
      announce: (m) => said.push(m),
      summarise: (c) => summariseChanges(c, summaryText('en')),
      settleMs: 30,
      minGapMs: 200,
    });
    batcher.reset(before);
    batcher.push(after);
    batcher.push(before); // back where it started: nothing to say
    batcher.push(after);
    await aTimeout(60);
    expect(said).to.have.length(1);
    batcher.push(before);
    await aTimeout(60);
    expect(said, 'not again within the minimum gap').to.have.length(1);
    await aTimeout(200);
    expect(said).to.have.length(2);
    expect(said[1]).to.contain('Wang Fang up to 1st');
    batcher.cancel();
  });

  it('does not announce the standings a board opens with', async () => {
    const said: string[] = [];
    const batcher = new AnnouncementBatcher({
      announce: (m) => said.push(m),
      summarise: () => 'x',
      settleMs: 5,
    });
    batcher.push(before);
    await aTimeout(20);
    expect(said).to.deep.equal([]);
  });
});
