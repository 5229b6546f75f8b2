import type { Course } from '@skills-huaian/schemas';
import type { Dictionaries } from '../shared/dictionaries.js';
import type { Formatters } from '../shared/formatters.js';
import type { Locale } from '../shared/resolve-locale.js';
import { label } from './labels.js';
import { t } from './messages.js';

/** A course as the API sends it (the schemas' `Course`). */
export type FinderCourse = Course;

type Localised = { 'zh-CN': string; en: string } | string | null | undefined;

/** A bilingual text in the locale (the API sends `{ 'zh-CN', en }`; a plain string passes through). */
export function loc(text: Localised, locale: Locale): string {
  if (!text) return '';
  if (typeof text === 'string') return text;
  return text[locale] || text['zh-CN'] || '';
}

/** Everything a course template needs to turn codes and numbers into words. */
export interface ViewContext {
  locale: Locale;
  fmt: Formatters;
  dicts: Dictionaries | undefined;
}

export function seatsText(course: FinderCourse, { locale, fmt }: ViewContext): string {
  const left = course.seatsLeft ?? 0;
  return left > 0 ? t(locale, 'seatsLeft', { n: fmt.number(left), count: left }) : t(locale, 'seatsFull');
}

export function feeText(course: FinderCourse, { locale, fmt }: ViewContext): string {
  return course.fee ? fmt.money(course.fee) : t(locale, 'free');
}

/** "subsidy ¥800, you pay ¥200" when a subsidy applies, else ''. */
export function subsidyText(course: FinderCourse, { locale, fmt }: ViewContext): string {
  if (!course.subsidy || !course.fee) return '';
  const pay = Math.max(0, course.fee - course.subsidy);
  if (!pay) return t(locale, 'subsidyFull');
  return t(locale, 'subsidy', { amount: fmt.money(course.subsidy), pay: fmt.money(pay) });
}

export function certificateText(course: FinderCourse, { locale, dicts }: ViewContext): string {
  const cert = course.certificate;
  if (!cert) return '—';
  const kind = label(dicts, 'certificate', cert.kind, locale);
  const level = label(dicts, 'level', cert.level ?? '', locale);
  return [kind, level].filter(Boolean).join(' · ');
}

export function placementText(course: FinderCourse, { locale, fmt }: ViewContext): string {
  const rate = course.outcomes?.placementRate;
  return rate === null || rate === undefined
    ? t(locale, 'placementUnknown')
    : t(locale, 'placementValue', { rate: fmt.percent(rate) });
}

export function whenText(course: FinderCourse, { locale, fmt, dicts }: ViewContext): string {
  const range = fmt.dateRange(course.startDate, course.endDate);
  const schedule = label(dicts, 'schedule', course.schedule, locale);
  return schedule ? `${range} · ${schedule}` : range;
}
