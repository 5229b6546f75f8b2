import type { Locale } from './resolve-locale.js';

/** Dates in the plan are Huai'an dates: format them in China Standard Time, whatever the viewer's zone. */
const TIME_ZONE = 'Asia/Shanghai';

export interface Formatters {
  /** `2026-03-01` or a full ISO timestamp → a medium date in the locale. */
  date(iso: string): string;
  /** A date range, collapsing shared parts (`3月1日至15日`). */
  dateRange(fromIso: string, toIso: string): string;
  number(n: number): string;
  /** 0.87 → `87%`. */
  percent(ratio: number): string;
  /** Yuan → `¥1,200` / `CN¥1,200`. */
  money(yuan: number): string;
}

const cache = new Map<Locale, Formatters>();

/** Intl formatters for a locale, built once per locale. */
export function formatters(locale: Locale): Formatters {
  let f = cache.get(locale);
  if (!f) {
    f = build(locale);
    cache.set(locale, f);
  }
  return f;
}

function toDate(iso: string): Date {
  // A bare date is midnight UTC, which is 08:00 the same day in China.
  return new Date(iso);
}

function build(locale: Locale): Formatters {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    maximumFractionDigits: 2,
    minimumFractionDigits: 0,
  });
  return {
    date: (iso) => date.format(toDate(iso)),
    dateRange: (a, b) => date.formatRange(toDate(a), toDate(b)),
    number: (n) => number.format(n),
    percent: (r) => percent.format(r),
    money: (y) => money.format(y),
  };
}
