import { expect } from '@open-wc/testing';
import { activeFilterCount, emptySearch, searchFromUrl, searchToUrl, toCourseQuery } from './finder-state.js';

describe('finder state', () => {
  it('builds the API query: pins win, relevance only with words, level as a number', () => {
    const search = { ...emptySearch, q: ' 护理 ', district: '320803', level: '4', subsidised: true };
    expect(toCourseQuery(search, { district: '320812', providerId: 'p1' }, 10)).to.deep.equal({
      limit: 10,
      q: '护理',
      district: '320812',
      level: 4,
      provider: 'p1',
      subsidised: true,
      sort: 'relevance',
    });
    expect(toCourseQuery(emptySearch, {}, 20)).to.deep.equal({ limit: 20, sort: 'start-date' });
    expect(toCourseQuery({ ...emptySearch, cluster: 'construction' }, {}, 5).cluster).to.equal(
      'construction',
    );
    expect(toCourseQuery({ ...emptySearch, sort: 'fee' }, {}, 5).sort).to.equal('fee');
  });

  it('counts the visitor’s filters, not the pins', () => {
    expect(
      activeFilterCount(
        { ...emptySearch, district: '320812', style: 'order', startFrom: '2026-01-01' },
        { style: 'order' },
      ),
    ).to.equal(2);
  });

  it('round-trips through the URL without touching the host’s parameters', () => {
    const search = {
      ...emptySearch,
      q: '养老',
      district: '320812',
      cluster: 'modern-services',
      subsidised: true,
      sort: 'fee' as const,
    };
    const url = searchToUrl(search, new URL('https://example.org/page?lang=zh&course.q=old#top'));
    expect(url.searchParams.get('lang')).to.equal('zh');
    expect(url.hash).to.equal('#top');
    expect(searchFromUrl(url.searchParams)).to.deep.equal(search);
  });

  it('never puts the target group (personal) into the URL', () => {
    const url = searchToUrl({ ...emptySearch, group: 'disabled' }, new URL('https://example.org/'));
    expect(url.search).to.equal('');
    expect(searchFromUrl(new URLSearchParams('course.group=disabled')).group).to.equal('');
  });

  it('ignores malformed URL values', () => {
    const s = searchFromUrl(new URLSearchParams('course.sort=evil&course.startFrom=tomorrow'));
    expect(s.sort).to.equal('relevance');
    expect(s.startFrom).to.equal('');
  });
});
