// The templates of each step. They read the draft and errors through a StepContext and report
// every change back through it; the element owns the state.
import { districts, educationLevels, labelOf, maskCitizenId, targetGroups } from '@skills-huaian/schemas';
import { html, nothing } from 'lit';
import type { Formatters } from '../shared/formatters.js';
import type { Locale } from '../shared/resolve-locale.js';
import { checkCitizenId } from './citizen-id-field.js';
import type { CourseView, QuestionView } from './course-view.js';
import { fieldId } from './field-errors.js';
import { checkboxField, choiceGroup, selectField, textField } from './field-templates.js';
import { type AnswerValue, type ApplicantDraft, type FormDraft, toggleCode } from './form-state.js';
import type { EnrolmentMessageKey } from './messages.js';
import type { StepId } from './steps.js';
import { NAME_MAX, stepPaths } from './validation.js';

export interface StepContext {
  locale: Locale;
  t: (key: EnrolmentMessageKey, params?: Record<string, string | number>) => string;
  fmt: Formatters;
  course: CourseView;
  draft: FormDraft;
  privacyNoticeHref: string | undefined;
  /** The error text shown next to a field, if any. */
  error: (path: string) => string | undefined;
  onApplicantInput: <K extends keyof ApplicantDraft>(key: K, value: ApplicantDraft[K]) => void;
  onBlur: (path: string) => void;
  onAnswer: (q: QuestionView, value: AnswerValue) => void;
  onPosition: (positionId: string) => void;
  onConsent: (which: 'consentPurpose' | 'consentCitizenId', checked: boolean) => void;
  goTo: (step: StepId, focusPath?: string) => void;
}

function codeOptions(
  ctx: StepContext,
  list: readonly { code: string; name: { 'zh-CN': string; en: string } }[],
) {
  const locale = ctx.locale;
  return list.map((entry) => ({ value: entry.code, label: entry.name[locale] }));
}

export function applicantStep(ctx: StepContext) {
  const a = ctx.draft.applicant;
  const e = (path: string) => ctx.error(path);
  const id = checkCitizenId(a.citizenId);
  const confirmId = `${fieldId('applicant.citizenId')}-confirm`;
  const confirmation = id.ok
    ? html`<p class="confirm" id=${confirmId} part="citizen-id-confirmation">
        ${ctx.t('citizenIdConfirm', { date: ctx.fmt.date(id.birthDate), sex: ctx.t(id.sex) })}
      </p>`
    : nothing;
  return html`
    ${textField({
      path: 'applicant.name',
      label: ctx.t('name'),
      value: a.name,
      autocomplete: 'name',
      maxlength: NAME_MAX + 10,
      error: e('applicant.name'),
      onInput: (v) => ctx.onApplicantInput('name', v),
      onBlur: () => ctx.onBlur('applicant.name'),
    })}
    ${textField({
      path: 'applicant.citizenId',
      label: ctx.t('citizenId'),
      hint: ctx.t('citizenIdHint'),
      value: a.citizenId,
      autocomplete: 'off',
      spellcheck: false,
      maxlength: 22,
      error: e('applicant.citizenId'),
      describedBy: id.ok ? [confirmId] : [],
      after: confirmation,
      onInput: (v) => ctx.onApplicantInput('citizenId', v),
      onBlur: () => ctx.onBlur('applicant.citizenId'),
    })}
    ${textField({
      path: 'applicant.mobile',
      label: ctx.t('mobile'),
      hint: ctx.t('mobileHint'),
      value: a.mobile,
      type: 'tel',
      inputmode: 'tel',
      autocomplete: 'tel',
      maxlength: 20,
      error: e('applicant.mobile'),
      onInput: (v) => ctx.onApplicantInput('mobile', v),
      onBlur: () => ctx.onBlur('applicant.mobile'),
    })}
    ${selectField({
      path: 'applicant.districtCode',
      label: ctx.t('district'),
      value: a.districtCode,
      placeholder: ctx.t('choose'),
      options: codeOptions(ctx, districts),
      error: e('applicant.districtCode'),
      onChange: (v) => ctx.onApplicantInput('districtCode', v),
      onBlur: () => ctx.onBlur('applicant.districtCode'),
    })}
    ${choiceGroup({
      path: 'applicant.targetGroups',
      type: 'checkbox',
      label: ctx.t('targetGroups'),
      hint: ctx.t('targetGroupsHint'),
      optionalText: ctx.t('optional'),
      selected: a.targetGroups,
      options: codeOptions(ctx, targetGroups),
      columns: true,
      error: e('applicant.targetGroups'),
      onToggle: (code, on) => ctx.onApplicantInput('targetGroups', toggleCode(a.targetGroups, code, on)),
    })}
    ${selectField({
      path: 'applicant.education',
      label: ctx.t('education'),
      optionalText: ctx.t('optional'),
      value: a.education,
      placeholder: ctx.t('choose'),
      options: codeOptions(ctx, educationLevels),
      error: e('applicant.education'),
      onChange: (v) => ctx.onApplicantInput('education', v),
      onBlur: () => ctx.onBlur('applicant.education'),
    })}
  `;
}

export function questionField(ctx: StepContext, q: QuestionView) {
  const path = `answers.${q.id}`;
  const value = ctx.draft.answers[q.id];
  const common = {
    path,
    label: q.label,
    optionalText: q.required ? undefined : ctx.t('optional'),
    error: ctx.error(path),
  };
  if (q.kind === 'yesno') {
    const selected = value === true ? ['yes'] : value === false ? ['no'] : [];
    return choiceGroup({
      ...common,
      type: 'radio',
      selected,
      options: [
        { value: 'yes', label: ctx.t('yes') },
        { value: 'no', label: ctx.t('no') },
      ],
      onToggle: (v, on) => on && ctx.onAnswer(q, v === 'yes'),
    });
  }
  if (q.kind === 'choice') {
    return choiceGroup({
      ...common,
      type: 'radio',
      selected: typeof value === 'string' ? [value] : [],
      options: q.options,
      onToggle: (v, on) => on && ctx.onAnswer(q, v),
    });
  }
  return textField({
    ...common,
    multiline: true,
    maxlength: 2000,
    value: typeof value === 'string' ? value : '',
    onInput: (v) => ctx.onAnswer(q, v),
    onBlur: () => ctx.onBlur(path),
  });
}

export function questionsStep(ctx: StepContext, questions: QuestionView[]) {
  return html`${questions.map((q) => questionField(ctx, q))}`;
}

export function positionStep(ctx: StepContext, course: CourseView) {
  const oc = course.orderClass!;
  return html`<dl>
      <dt>${ctx.t('enterprise')}</dt>
      <dd>${oc.enterpriseName}</dd>
      <dt>${ctx.t('creditCode')}</dt>
      <dd>${oc.creditCode}</dd>
      <dt>${ctx.t('commitment')}</dt>
      <dd>${oc.commitment}</dd>
    </dl>
    ${choiceGroup({
      path: 'positionId',
      type: 'radio',
      label: ctx.t('choosePosition'),
      selected: ctx.draft.positionId ? [ctx.draft.positionId] : [],
      options: oc.positions.map((p) => ({
        value: p.id,
        label: p.title,
        description: ctx.t('headcount', { n: p.headcount }),
      })),
      error: ctx.error('positionId'),
      onToggle: (v, on) => on && ctx.onPosition(v),
    })}
    ${
      oc.questions.length
        ? html`<h4>${ctx.t('enterpriseQuestions')}</h4>
          ${oc.questions.map((q) => questionField(ctx, q))}`
        : nothing
    }`;
}

function answerText(ctx: StepContext, q: QuestionView): string {
  const v = ctx.draft.answers[q.id];
  if (v === true) return ctx.t('yes');
  if (v === false) return ctx.t('no');
  if (!v) return ctx.t('none');
  return q.kind === 'choice' ? (q.options.find((o) => o.value === v)?.label ?? v) : v;
}

function reviewSection(ctx: StepContext, title: string, step: StepId, rows: [string, string][]) {
  const firstPath = stepPaths(step, ctx.course)[0];
  return html`<section class="review-section">
    <header>
      <h4>${title}</h4>
      <button
        type="button"
        class="link"
        aria-label=${`${ctx.t('change')}: ${title}`}
        @click=${() => ctx.goTo(step, firstPath)}
      >
        ${ctx.t('change')}
      </button>
    </header>
    <dl>
      ${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}
    </dl>
  </section>`;
}

export function reviewStep(ctx: StepContext, course: CourseView) {
  const a = ctx.draft.applicant;
  const locale = ctx.locale;
  const id = checkCitizenId(a.citizenId);
  const list = (codes: string[]) =>
    codes.length
      ? codes.map((c) => labelOf(targetGroups, c as never, locale)).join(locale === 'en' ? ', ' : '、')
      : ctx.t('none');
  const applicantRows: [string, string][] = [
    [ctx.t('name'), a.name.trim()],
    [
      ctx.t('citizenId'),
      id.ok
        ? `${maskCitizenId(a.citizenId)} (${ctx.fmt.date(id.birthDate)}, ${ctx.t(id.sex)})`
        : maskCitizenId(a.citizenId),
    ],
    [ctx.t('mobile'), a.mobile.trim()],
    [ctx.t('district'), a.districtCode ? labelOf(districts, a.districtCode as never, locale) : ctx.t('none')],
    [ctx.t('targetGroups'), list(a.targetGroups)],
    [
      ctx.t('education'),
      a.education ? labelOf(educationLevels, a.education as never, locale) : ctx.t('none'),
    ],
  ];
  const oc = course.orderClass;
  const position = oc?.positions.find((p) => p.id === ctx.draft.positionId);
  return html`<p>${ctx.t('review')}</p>
    ${reviewSection(ctx, ctx.t('aboutYou'), 'applicant', applicantRows)}
    ${
      course.questions.length
        ? reviewSection(
            ctx,
            ctx.t('courseQuestions'),
            'questions',
            course.questions.map((q) => [q.label, answerText(ctx, q)]),
          )
        : nothing
    }
    ${
      oc
        ? reviewSection(ctx, ctx.t('stepPosition'), 'position', [
            [ctx.t('enterprise'), oc.enterpriseName],
            [ctx.t('choosePosition'), position?.title ?? ctx.t('none')],
            ...oc.questions.map((q): [string, string] => [q.label, answerText(ctx, q)]),
          ])
        : nothing
    }`;
}

export function consentStep(ctx: StepContext) {
  const href = ctx.privacyNoticeHref;
  return html`<div class="purpose">
      <h4>${ctx.t('purposeTitle')}</h4>
      <p id="purpose-text">${ctx.t('purpose')}</p>
      ${
        href
          ? html`<p>
            <a href=${href} target="_blank" rel="noopener noreferrer"
              >${ctx.t('privacyNotice')} <span class="visually-hidden">${ctx.t('opensInNewTab')}</span></a
            >
          </p>`
          : nothing
      }
    </div>
    ${checkboxField({
      path: 'consent.purpose',
      label: ctx.t('consentPurpose'),
      checked: ctx.draft.consentPurpose,
      describedBy: ['purpose-text'],
      error: ctx.error('consent.purpose'),
      onChange: (c) => ctx.onConsent('consentPurpose', c),
    })}
    ${checkboxField({
      path: 'consent.citizenId',
      label: ctx.t('consentCitizenId'),
      checked: ctx.draft.consentCitizenId,
      error: ctx.error('consent.citizenId'),
      onChange: (c) => ctx.onConsent('consentCitizenId', c),
    })}`;
}
