// Every visible and announced string of <skills-competition-board>, in both locales.
// Placeholders are {name}; ranks are formatted by rankLabel() so English gets ordinals.
import { defineMessages } from '../shared/i18n.js';
import type { Locale } from '../shared/resolve-locale.js';
import type { SummaryText } from './announcer.js';

const englishOrdinal = new Intl.PluralRules('en', { type: 'ordinal' });
const ordinalSuffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

export const t = defineMessages({
  'zh-CN': {
    heading: '市级一类职业技能竞赛',
    filtersLabel: '筛选竞赛',
    filterStatus: '状态',
    filterYear: '年份',
    filterArea: '职业领域',
    filterDistrict: '地区',
    any: '全部',
    listCaption: '竞赛列表（共 {count} 项）',
    colOccupation: '职业（工种）',
    colLevel: '等级',
    colOrganiser: '主办单位',
    colVenue: '地点',
    colDates: '日期',
    open: '查看排名',
    noCompetitions: '没有符合条件的竞赛。',
    loading: '正在加载…',
    notConfigured: '未配置数据接口（api-base 与 publishable-key）。',
    loadError: '无法加载数据：{message}',
    retry: '重试',
    back: '返回竞赛列表',
    boardCaption: '{title} 排名',
    colRank: '名次',
    colContestant: '选手',
    colOrganisation: '单位',
    colDistrict: '地区',
    colScore: '成绩',
    colMedal: '奖牌',
    medalGold: '金牌',
    medalSilver: '银牌',
    medalBronze: '铜牌',
    noMedal: '无奖牌',
    tied: '并列',
    movedUp: '上升 {n} 位',
    movedDown: '下降 {n} 位',
    newEntry: '新上榜',
    noEntries: '暂无成绩。',
    updatedAt: '更新于 {time}',
    live: '实时更新',
    connecting: '正在连接实时数据…',
    reconnecting: '连接中断，正在重新连接。下方为最近一次的排名。',
    offline: '暂时无法连接成绩服务器，显示的是 {time} 时的排名。将自动重试。',
    reconnected: '已恢复实时更新。',
    pageOf: '第 {page} / {pages} 页',
    kioskEmpty: '当前没有进行中的竞赛。',
    announceWrap: '排名更新：{items}。',
    announceUp: '{name}升至{rank}',
    announceDown: '{name}降至{rank}',
    announceNew: '{name}新上榜，{rank}',
    announceScore: '{name}成绩更新，{rank}',
    announceMore: '另有 {count} 处变化',
    announceSeparator: '；',
    announceOpened: '已打开“{title}”排名，共 {count} 名选手。',
    rank: '第{n}名',
  },
  en: {
    heading: 'City class-one skills competitions',
    filtersLabel: 'Filter competitions',
    filterStatus: 'Status',
    filterYear: 'Year',
    filterArea: 'Occupation area',
    filterDistrict: 'District',
    any: 'All',
    listCaption: 'Competitions ({count})',
    colOccupation: 'Occupation',
    colLevel: 'Level',
    colOrganiser: 'Organiser',
    colVenue: 'Venue',
    colDates: 'Dates',
    open: 'Leaderboard',
    noCompetitions: 'No competitions match these filters.',
    loading: 'Loading…',
    notConfigured: 'No data source configured (api-base and publishable-key).',
    loadError: 'Could not load the data: {message}',
    retry: 'Try again',
    back: 'All competitions',
    boardCaption: '{title}: leaderboard',
    colRank: 'Rank',
    colContestant: 'Contestant',
    colOrganisation: 'Organisation',
    colDistrict: 'District',
    colScore: 'Score',
    colMedal: 'Medal',
    medalGold: 'Gold',
    medalSilver: 'Silver',
    medalBronze: 'Bronze',
    noMedal: 'No medal',
    tied: 'tied',
    movedUp: 'up {n}',
    movedDown: 'down {n}',
    newEntry: 'new',
    noEntries: 'No scores yet.',
    updatedAt: 'Updated {time}',
    live: 'Live',
    connecting: 'Connecting to live results…',
    reconnecting: 'Connection lost, reconnecting. Showing the last known standings.',
    offline: 'Cannot reach the results server; showing the standings as of {time}. Retrying automatically.',
    reconnected: 'Live updates are back.',
    pageOf: 'Page {page} of {pages}',
    kioskEmpty: 'No competition is live right now.',
    announceWrap: 'Standings updated: {items}.',
    announceUp: '{name} up to {rank}',
    announceDown: '{name} down to {rank}',
    announceNew: '{name} new at {rank}',
    announceScore: '{name} has a new score, {rank}',
    announceMore: '{count} more changes',
    announceSeparator: '; ',
    announceOpened: 'Opened the leaderboard of “{title}”, {count} contestants.',
    rank: ({ n }) => `${n}${ordinalSuffix[englishOrdinal.select(Number(n))]}`,
  },
});

export type BoardMessageKey = Parameters<typeof t>[1];

/** "第2名" in Chinese, "2nd" in English. */
export function rankLabel(locale: Locale, n: number): string {
  return t(locale, 'rank', { n });
}

/** The announcement phrases of a locale, for summariseChanges(). */
export function summaryText(locale: Locale): SummaryText {
  const item = (key: BoardMessageKey) => (name: string, rank: number) =>
    t(locale, key, { name, rank: rankLabel(locale, rank) });
  return {
    wrap: (items) => t(locale, 'announceWrap', { items }),
    up: item('announceUp'),
    down: item('announceDown'),
    added: item('announceNew'),
    score: item('announceScore'),
    more: (count) => t(locale, 'announceMore', { count }),
    separator: t(locale, 'announceSeparator'),
  };
}
