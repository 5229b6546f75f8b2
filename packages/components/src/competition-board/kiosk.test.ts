import { expect } from '@open-wc/testing';
import { kioskRotation, nextKioskPosition, pageCount, pageSlice } from './kiosk.js';

describe('competition-board kiosk schedule', () => {
  const comps = [
    { id: 'a', status: 'finished', endDate: '2026-03-01' },
    { id: 'b', status: 'live' },
    { id: 'c', status: 'upcoming' },
    { id: 'd', status: 'live' },
    { id: 'e', status: 'finished', endDate: '2026-05-01' },
  ];

  it('cycles through the live competitions', () => {
    expect(kioskRotation(comps).map((c) => c.id)).to.deep.equal(['b', 'd']);
  });

  it('falls back to the latest finished competitions when none is live', () => {
    const none = comps.filter((c) => c.status !== 'live');
    expect(kioskRotation(none).map((c) => c.id)).to.deep.equal(['e', 'a']);
    expect(kioskRotation([{ id: 'x', status: 'upcoming' }])).to.deep.equal([]);
  });

  it('pages a long board and then moves to the next competition', () => {
    expect(pageCount(25, 10)).to.equal(3);
    expect(pageCount(0, 10)).to.equal(1);
    expect(pageSlice([1, 2, 3, 4, 5], 1, 2)).to.deep.equal([3, 4]);
    expect(pageSlice([1, 2, 3], 9, 2)).to.deep.equal([3]);
    let at = { index: 0, page: 0 };
    at = nextKioskPosition(at, 2, 3);
    expect(at).to.deep.equal({ index: 0, page: 1 });
    at = nextKioskPosition({ index: 0, page: 2 }, 2, 3);
    expect(at).to.deep.equal({ index: 1, page: 0 });
    expect(nextKioskPosition({ index: 1, page: 0 }, 2, 1)).to.deep.equal({ index: 0, page: 0 });
    expect(nextKioskPosition({ index: 0, page: 0 }, 0, 1)).to.deep.equal({ index: 0, page: 0 });
  });
});
