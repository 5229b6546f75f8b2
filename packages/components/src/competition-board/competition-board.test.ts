// <skills-competition-board> against the real sandbox server: list, filters, selection, a pinned
// board with ties and medals, both locales, axe, 360 px.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { apiBase, PK, until } from '../test-support/sandbox.js';
import type { SkillsCompetitionBoard } from './competition-board.js';
import './define.js';

/** The documented live competition with tied scores (packages/server/README.md). */
const LIVE_ID = 'cmp_demo_live';

const shadow = (el: SkillsCompetitionBoard) => el.shadowRoot!;
const rows = (el: SkillsCompetitionBoard) => [
  ...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr'),
];
const cards = (el: SkillsCompetitionBoard) => [...shadow(el).querySelectorAll('[part="item"]')];

async function listReady(el: SkillsCompetitionBoard) {
  await until(() => cards(el).length > 0, 10000, 'the competition list');
}
async function boardReady(el: SkillsCompetitionBoard) {
  await until(() => rows(el).length > 0, 10000, 'leaderboard rows');
}

interface WireEntry {
  rank: number;
  contestant: { id: string; name: string };
  score: number;
  medal: string | null;
}

async function leaderboard(id: string): Promise<{ entries: WireEntry[] }> {
  const res = await fetch(`${apiBase}/competitions/${id}/leaderboard`, {
    headers: { authorization: `Bearer ${PK}` },
  });
  return res.json();
}

describe('<skills-competition-board>', () => {
  it('lists the competitions with occupation, level, organiser, venue and dates (zh-CN by default)', async () => {
    const el = await fixture<SkillsCompetitionBoard>(
      html`<skills-competition-board api-base=${apiBase} publishable-key=${PK}></skills-competition-board>`,
    );
    await listReady(el);
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent).to.equal('市级一类职业技能竞赛');
    const first = cards(el)[0]!;
    const terms = [...first.querySelectorAll('dt')].map((d) => d.textContent);
    expect(terms).to.deep.equal(['职业（工种）', '等级', '主办单位', '地点', '日期']);
    // Live competitions come first and can be opened.
    expect(first.querySelector('.status')!.textContent).to.equal('比赛中');
    expect(first.querySelector('button[part="open-button"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('filters by status, year, occupation area and district', async () => {
    const el = await fixture<SkillsCompetitionBoard>(
      html`<skills-competition-board api-base=${apiBase} publishable-key=${PK} locale="en"></skills-competition-board>`,
    );
    await listReady(el);
    const total = cards(el).length;
    const select = (name: string, value: string) => {
      const s = shadow(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
      s.value = value;
      s.dispatchEvent(new Event('change', { bubbles: true }));
      return el.updateComplete;
    };
    await select('status', 'finished');
    const finished = cards(el).length;
    expect(finished).to.be.greaterThan(0).and.lessThan(total);
    expect(cards(el).every((c) => c.querySelector('.status')!.textContent === 'Finished')).to.equal(true);
    await select('year', '2025');
    expect(cards(el).length).to.be.greaterThan(0).and.at.most(finished);
    const areas = [...shadow(el).querySelectorAll<HTMLOptionElement>('select[name="area"] option')].map(
      (o) => o.value,
    );
    expect(areas.length).to.be.greaterThan(1);
    await select('area', areas[1]!);
    await select('district', '320812');
    for (const card of cards(el)) expect(card.textContent).to.contain('Qingjiangpu');
    await until(
      () => el.liveRegionText === `Competitions (${cards(el).length})`,
      2000,
      'the count announced',
    );
    await select('status', '');
    await select('year', '');
    await select('area', '');
    await select('district', '');
    expect(cards(el).length).to.equal(total);
  });

  it('the status attribute filters the list', async () => {
    const el = await fixture<SkillsCompetitionBoard>(
      html`<skills-competition-board api-base=${apiBase} publishable-key=${PK} status="live"></skills-competition-board>`,
    );
    await listReady(el);
    expect(cards(el).length).to.be.greaterThan(1);
    expect(cards(el).every((c) => c.querySelector('.status')!.textContent === '比赛中')).to.equal(true);
  });

  it('fires skills-competition-select and opens the leaderboard; Back returns to the list', async () => {
    const el = await fixture<SkillsCompetitionBoard>(
      html`<skills-competition-board api-base=${apiBase} publishable-key=${PK} locale="en"></skills-competition-board>`,
    );
    await listReady(el);
    const button = shadow(el).querySelector<HTMLButtonElement>('button[part="open-button"]')!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'skills-competition-select');
    expect(event.detail.competition.id).to.be.a('string');
    expect(event.composed && event.bubbles).to.equal(true);
    await boardReady(el);
    expect(shadow(el).activeElement?.id).to.equal('board-title');
    shadow(el).querySelector<HTMLButtonElement>('button[part="back-button"]')!.click();
    await listReady(el);
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(
      shadow(el).querySelector(`button[data-id="${event.detail.competition.id}"]`),
    );
  });

  it('lets the host take over the selection with preventDefault()', async () => {
    const el = await fixture<SkillsCompetitionBoard>(
      html`<skills-competition-board
        api-base=${apiBase}
        publishable-key=${PK}
        @skills-competition-select=${(e: Event) => e.preventDefault()}
      ></skills-competition-board>`,
    );
    await listReady(el);
    shadow(el).querySelector<HTMLButtonElement>('button[part="open-button"]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('table')).to.equal(null);
  });

  it('pins one competition: a table with caption and scopes, tied scores share a rank, medals in words', async () => {
    const el = await fixture<SkillsCompetitionBoard>(
      html`<skills-competition-board
        api-base=${apiBase}
        publishable-key=${PK}
        competition-id=${LIVE_ID}
        locale="en"
      ></skills-competition-board>`,
    );
    await boardReady(el);
    await until(() => el.connectionStatus === 'live', 10000, 'the live stream');
    const root = shadow(el);
    expect(root.querySelector('[part="back-button"]')).to.equal(null);
    expect(root.querySelector('caption')!.textContent).to.contain('leaderboard');
    const heads = [...root.querySelectorAll('thead th')];
    expect(heads.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(heads.map((th) => th.textContent!.trim())).to.deep.equal([
      'Rank',
      'Contestant',
      'Organisation',
      'District',
      'Score',
      'Medal',
    ]);
    expect(rows(el).every((r) => r.querySelector('th')!.getAttribute('scope') === 'row')).to.equal(true);
    expect(root.querySelector('[part="status"]')!.textContent).to.contain('Live');
    expect(root.querySelector('[part="status"]')!.textContent).to.match(/Updated .*\d{1,2}:\d{2}/);

    // Compare with what the API says now (other tests may have posted scores).
    const { entries } = await leaderboard(LIVE_ID);
    const shownRank = (id: string) =>
      root.querySelector(`tr[data-contestant-id="${id}"] .rank-number`)!.textContent!.trim();
    for (const e of entries) expect(shownRank(e.contestant.id)).to.equal(String(e.rank));
    const tiedIds = entries
      .filter((e) => entries.some((o) => o !== e && o.score === e.score))
      .map((e) => e.contestant.id);
    expect(tiedIds.length, 'the demo board has ties').to.be.greaterThan(1);
    for (const id of tiedIds) {
      expect(root.querySelector(`tr[data-contestant-id="${id}"] .tie`)!.textContent).to.equal('tied');
    }
    const ranks = entries.map((e) => e.rank);
    expect(ranks.some((r, i) => i > 0 && r === ranks[i - 1] && ranks[i + 1] !== r + 1)).to.equal(true);
    const medals = [...root.querySelectorAll('[part="medal"]')].map((m) => m.textContent!.trim());
    expect(medals).to.include('Gold');
    await expect(el).to.be.accessible();
  });

  it('shows every score with the same decimals: 94.0 next to 96.5', async () => {
    const el = await fixture<SkillsCompetitionBoard>(
      html`<skills-competition-board
        api-base=${apiBase}
        publishable-key=${PK}
        competition-id=${LIVE_ID}
        locale="en"
      ></skills-competition-board>`,
    );
    await boardReady(el);
    const { entries } = await leaderboard(LIVE_ID);
    const scored = entries.filter((e) => typeof e.score === 'number');
    const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
    const digits = Math.max(...scored.map((e) => decimals(e.score)));
    expect(digits, 'the demo board has 96.5').to.be.greaterThan(0);
    const whole = scored.find((e) => Number.isInteger(e.score));
    expect(whole, 'the demo board has a whole score (94)').to.exist;
    const cell = (id: string) =>
      shadow(el).querySelector(`tr[data-contestant-id="${id}"] td.num`)!.textContent!.trim();
    expect(cell(whole!.contestant.id)).to.equal(whole!.score.toFixed(digits));
    for (const e of scored) expect(cell(e.contestant.id)).to.equal(e.score.toFixed(digits));
  });

  it('speaks Chinese and switches locale in place', async () => {
    const el = await fixture<SkillsCompetitionBoard>(
      html`<skills-competition-board
        api-base=${apiBase}
        publishable-key=${PK}
        competition-id=${LIVE_ID}
      ></skills-competition-board>`,
    );
    await boardReady(el);
    const headText = () => [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headText()).to.deep.equal(['名次', '选手', '单位', '地区', '成绩', '奖牌']);
    expect([...shadow(el).querySelectorAll('[part="medal"]')].map((m) => m.textContent!.trim())).to.include(
      '金牌',
    );
    el.locale = 'en';
    await el.updateComplete;
    expect(headText()[0]).to.equal('Rank');
  });

  it('works at 360 px: organisation and district fold under the name, nothing overflows', async () => {
    // The host is 360 px wide (a Lit fixture root: no animation frames needed, which a
    // background test page may not get).
    const board = await fixture<SkillsCompetitionBoard>(
      html`<skills-competition-board
        style="inline-size: 360px"
        api-base=${apiBase}
        publishable-key=${PK}
        competition-id=${LIVE_ID}
        locale="en"
      ></skills-competition-board>`,
    );
    await boardReady(board);
    const wide = shadow(board).querySelector<HTMLElement>('thead th.wide')!;
    expect(getComputedStyle(wide).display).to.equal('none');
    const sub = shadow(board).querySelector<HTMLElement>('tbody .sub')!;
    expect(getComputedStyle(sub).display).to.equal('block');
    const wrap = shadow(board).querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth + 1);
    expect(board.getBoundingClientRect().width).to.equal(360);
    expect(board.scrollWidth).to.be.at.most(360);
    await expect(board).to.be.accessible();
  });

  it('at 360 px and 200 % text the page never scrolls sideways, list or board', async () => {
    // A 360 px screen with the browser's text size at 200 %: rem and em both double.
    await setViewport({ width: 360, height: 740 });
    document.documentElement.style.fontSize = '200%';
    try {
      const list = await fixture<SkillsCompetitionBoard>(
        html`<skills-competition-board api-base=${apiBase} publishable-key=${PK} locale="en"></skills-competition-board>`,
      );
      await listReady(list);
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      for (const card of cards(list)) expect(card.getBoundingClientRect().right).to.be.at.most(innerWidth);
      for (const locale of ['en', 'zh-CN']) {
        const board = await fixture<SkillsCompetitionBoard>(
          html`<skills-competition-board
            api-base=${apiBase}
            publishable-key=${PK}
            competition-id=${LIVE_ID}
            locale=${locale}
          ></skills-competition-board>`,
        );
        await boardReady(board);
        // The page never scrolls sideways (hidden "No medal" labels included); if the table
        // must, it scrolls in its own focusable region.
        expect(document.documentElement.scrollWidth, locale).to.be.at.most(innerWidth);
        const wrap = shadow(board).querySelector<HTMLElement>('.table-wrap')!;
        expect(wrap.getAttribute('tabindex')).to.equal('0');
        expect(wrap.getAttribute('role')).to.equal('region');
      }
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible in the dark theme too', async () => {
    const el = await fixture<SkillsCompetitionBoard>(
      html`<skills-competition-board
        api-base=${apiBase}
        publishable-key=${PK}
        competition-id=${LIVE_ID}
        theme="dark"
      ></skills-competition-board>`,
    );
    await boardReady(el);
    expect(el.dataset.theme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('says plainly when it is not configured, or configured with a key a page must not hold', async () => {
    const el = await fixture<SkillsCompetitionBoard>(
      html`<skills-competition-board locale="en"></skills-competition-board>`,
    );
    expect(shadow(el).textContent).to.contain('No data source configured');
    el.apiBase = apiBase;
    el.publishableKey = 'sk_test_demo';
    await el.updateComplete;
    expect(shadow(el).querySelector('.alert.error')!.textContent).to.contain('Could not load the data');
  });
});
