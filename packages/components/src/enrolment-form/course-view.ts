// What the form needs from a course, in the chosen locale: the title, the eligibility rules, the
// course's own questions and, for an order class (订单班), the enterprise's recruitment details.
import type { Course, Question } from '@skills-huaian/schemas';
import type { Locale } from '../shared/resolve-locale.js';
import type { EligibilityRules } from './eligibility.js';

export interface QuestionView {
  id: string;
  kind: Question['kind'];
  label: string;
  required: boolean;
  options: { value: string; label: string }[];
}

export interface PositionView {
  id: string;
  title: string;
  headcount: number;
}

export interface OrderClassView {
  enterpriseName: string;
  creditCode: string;
  commitment: string;
  positions: PositionView[];
  questions: QuestionView[];
}

export interface CourseView {
  id: string;
  title: string;
  providerName: string;
  subsidised: boolean;
  startDate: string;
  endDate: string;
  seatsLeft: number;
  rules: EligibilityRules;
  questions: QuestionView[];
  orderClass: OrderClassView | null;
}

type Localised = { 'zh-CN': string; en: string } | string;

export function localText(value: Localised | undefined | null, locale: Locale): string {
  if (value == null) return '';
  return typeof value === 'string' ? value : value[locale] || value['zh-CN'];
}

function toQuestion(q: Question, locale: Locale): QuestionView {
  return {
    id: q.id,
    kind: q.kind,
    label: localText(q.label, locale),
    required: q.required,
    options: (q.options ?? []).map((o) => ({ value: o.value, label: localText(o.label, locale) })),
  };
}

export function toCourseView(course: Course, locale: Locale): CourseView {
  const oc = course.orderClass;
  return {
    id: course.id,
    title: localText(course.title, locale),
    providerName: localText(course.provider.name as Localised, locale),
    subsidised: course.subsidised,
    startDate: course.startDate,
    endDate: course.endDate,
    seatsLeft: course.seatsLeft,
    rules: {
      targetGroups: course.targetGroups,
      minAge: course.ageLimits?.min ?? null,
      maxAge: course.ageLimits?.max ?? null,
    },
    questions: (course.questions ?? []).map((q) => toQuestion(q, locale)),
    orderClass: oc
      ? {
          enterpriseName: localText(oc.enterprise.name, locale),
          creditCode: oc.enterprise.creditCode,
          commitment: localText(oc.commitment, locale),
          positions: oc.positions.map((p) => ({
            id: p.id,
            title: localText(p.title, locale),
            headcount: p.headcount,
          })),
          questions: (oc.questions ?? []).map((q) => toQuestion(q, locale)),
        }
      : null,
  };
}
