import type { Course, EnrolmentCreated } from '@skills-huaian/schemas';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SkillsElement } from '../shared/skills-element.js';
import { baseStyles } from '../shared/styles.js';
import { checkCitizenId } from './citizen-id-field.js';
import { type CourseView, type QuestionView, toCourseView } from './course-view.js';
import { checkEligibility, type EligibilityResult } from './eligibility.js';
import { enrolmentFormStyles } from './enrolment-form.styles.js';
import { type FieldError, type FieldErrors, fieldId, toMap } from './field-errors.js';
import {
  type AnswerValue,
  type ApplicantDraft,
  applyPrefill,
  type EnrolmentPrefill,
  type EnrolmentTracking,
  emptyDraft,
  type FormDraft,
  withAnswer,
  withApplicantField,
} from './form-state.js';
import { type EnrolmentMessageKey, t } from './messages.js';
import { ineligibleReason, receiptTemplate } from './notices.js';
import { buildRequest } from './request.js';
import {
  applicantStep,
  consentStep,
  positionStep,
  questionsStep,
  reviewStep,
  type StepContext,
} from './step-templates.js';
import { nextStep, previousStep, type StepId, stepNumber, stepsFor } from './steps.js';
import { SubmissionGuard } from './submission-guard.js';
import { describeFailure, type SubmitFailure } from './submit-failure.js';
import { stepOfPath, stepPaths, validateField, validateStep } from './validation.js';

/** Used when neither the `notice-version` attribute nor the course names the privacy notice. */
export const DEFAULT_NOTICE_VERSION = '2025-06';

export interface EnrolmentSubmittedDetail {
  /** The enrolment as the server returned it: personal fields masked. */
  enrolment: EnrolmentCreated;
}

export interface EnrolmentErrorDetail {
  /** The API's stable code (`duplicate_enrolment`, `subsidised_overlap`, `not_eligible_age`, …) or the SDK's (`network_error`). */
  code: string;
  /** What the applicant was told, in the form's locale. Never contains personal data. */
  message: string;
  requestId?: string;
}

const STEP_LABEL: Record<StepId, EnrolmentMessageKey> = {
  applicant: 'stepApplicant',
  questions: 'stepQuestions',
  position: 'stepPosition',
  review: 'stepReview',
  consent: 'stepConsent',
};

/** Fields validated as soon as they look complete, before the first blur. */
const COMPLETE_LENGTH: Record<string, number> = { 'applicant.citizenId': 18, 'applicant.mobile': 11 };

type LoadState = 'idle' | 'loading' | 'ready' | 'not-found' | 'error';

/**
 * An application form for one course; for an order class (订单班), the enterprise's recruitment
 * form. The applicant's ID number goes from the browser straight to the Skills Huai'an API: the
 * host page never sees it, and nothing personal is kept in storage, cookies, attributes or the URL.
 *
 * @summary Course application and order-class recruitment form.
 *
 * @attr course-id - The course to apply for.
 * @attr privacy-notice-href - The privacy notice the consent step links to.
 * @attr notice-version - The version of that notice, recorded with the consent.
 * @attr source - Tracking: where the applicant came from (sent as `tracking.source`).
 * @attr campaign - Tracking: the campaign (sent as `tracking.campaign`).
 * @attr api-base - The API base URL up to and including `/v1`.
 * @attr publishable-key - A publishable key (`pk_…`).
 * @attr locale - `zh-CN` (default) or `en`.
 * @attr theme - `light`, `dark` or `auto`.
 *
 * @prop {EnrolmentPrefill} prefill - Known details of the user (name, mobile, districtCode, targetGroups, education). Never the ID number.
 * @prop {EnrolmentTracking} tracking - Tracking fields; wins over the `source` and `campaign` attributes.
 * @prop client - An SDK client configured by the host.
 *
 * @fires skills-enrolment-submitted - The enrolment was created; `detail.enrolment` is the masked enrolment.
 * @fires skills-enrolment-error - Submitting failed; `detail: { code, message, requestId? }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart header - The course title and provider.
 * @csspart progress - The list of steps.
 * @csspart form - The form.
 * @csspart step - The current step's fields.
 * @csspart field - Each field: label, hint, control and error.
 * @csspart field-error - The error message next to a field.
 * @csspart error-summary - The list of errors shown on Next or Submit.
 * @csspart citizen-id-confirmation - The birth date and sex the ID number encodes, for confirmation.
 * @csspart ineligible - Why the applicant may not apply, in plain words.
 * @csspart actions - The Back / Next / Submit buttons.
 * @csspart failure - The box explaining a failed submission, with the retry button.
 * @csspart receipt - The receipt after success.
 *
 * @cssprop --skills-color-primary - Buttons, links and the current step.
 * @cssprop --skills-color-danger - Error messages and invalid fields.
 * @cssprop --skills-color-success - The receipt's border.
 */
export class SkillsEnrolmentForm extends SkillsElement {
  static override styles = [baseStyles, enrolmentFormStyles];

  @property({ attribute: 'course-id' }) courseId?: string;
  @property({ attribute: 'privacy-notice-href' }) privacyNoticeHref?: string;
  @property({ attribute: 'notice-version' }) noticeVersion?: string;
  @property() source?: string;
  @property() campaign?: string;
  @property({ attribute: false }) tracking?: EnrolmentTracking;
  @property({ attribute: false }) prefill?: EnrolmentPrefill;

  @state() private course: Course | null = null;
  @state() private loadState: LoadState = 'idle';
  @state() private step: StepId = 'applicant';
  @state() private draft: FormDraft = emptyDraft();
  @state() private errors: FieldErrors = {};
  @state() private summary: FieldError[] = [];
  @state() private ineligible: EligibilityResult | null = null;
  @state() private sending = false;
  @state() private failure: SubmitFailure | null = null;
  @state() private enrolment: EnrolmentCreated | null = null;

  #touched = new Set<string>();
  #guard = new SubmissionGuard();
  #agreedAt: string | null = null;
  #loadedFor = '';
  #loadedClient: unknown = null;
  #loadToken = 0;
  #view: { course: Course; locale: string; view: CourseView } | null = null;

  /** The current step (for hosts and tests). */
  get currentStep(): StepId {
    return this.step;
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('prefill')) this.draft = applyPrefill(this.draft, this.prefill);
    const api = this.api;
    const key = `${this.courseId ?? ''}\n${this.apiBase ?? ''}\n${this.publishableKey ?? ''}`;
    const clientIdentity = this.client ?? this.contextClient ?? null;
    if (api && this.courseId && (key !== this.#loadedFor || clientIdentity !== this.#loadedClient)) {
      const courseChanged = !this.#loadedFor.startsWith(`${this.courseId}\n`);
      this.#loadedFor = key;
      this.#loadedClient = clientIdentity;
      if (courseChanged || this.loadState !== 'ready') void this.#load();
    }
  }

  async #load(): Promise<void> {
    const api = this.api;
    const id = this.courseId;
    if (!api || !id) return;
    const token = ++this.#loadToken;
    this.loadState = 'loading';
    try {
      const course = (await api.courses.get(id)) as Course;
      if (token !== this.#loadToken) return;
      if (this.course?.id !== course.id) this.#resetFor();
      this.course = course;
      this.loadState = 'ready';
    } catch (err) {
      if (token !== this.#loadToken) return;
      this.loadState = (err as { status?: number }).status === 404 ? 'not-found' : 'error';
    }
  }

  /** A different course: keep who the applicant is, start the rest afresh. */
  #resetFor(): void {
    this.step = 'applicant';
    this.draft = { ...emptyDraft(), applicant: this.draft.applicant };
    this.errors = {};
    this.summary = [];
    this.ineligible = null;
    this.failure = null;
    this.enrolment = null;
    this.#guard = new SubmissionGuard();
    this.#agreedAt = null;
  }

  // ---------------------------------------------------------------- derived

  #t(key: EnrolmentMessageKey, params?: Record<string, string | number>): string {
    return t(this.resolvedLocale, key, params);
  }

  get #courseView(): CourseView | null {
    if (!this.course) return null;
    const locale = this.resolvedLocale;
    if (this.#view?.course !== this.course || this.#view.locale !== locale) {
      this.#view = { course: this.course, locale, view: toCourseView(this.course, locale) };
    }
    return this.#view.view;
  }

  get #steps(): StepId[] {
    const c = this.#courseView;
    return stepsFor({ hasQuestions: !!c?.questions.length, isOrderClass: !!c?.orderClass });
  }

  #errorText(e: FieldError | undefined): string | undefined {
    if (!e) return undefined;
    return e.key ? this.#t(e.key) : (e.text ?? this.#t('fieldInvalid'));
  }

  #trackingFields(): EnrolmentTracking {
    return {
      source: this.tracking?.source ?? this.source,
      campaign: this.tracking?.campaign ?? this.campaign,
    };
  }

  // ---------------------------------------------------------------- editing

  #setError(path: string, error: FieldError | null): void {
    const next = { ...this.errors };
    if (error) next[path] = error;
    else delete next[path];
    this.errors = next;
    // The summary shrinks as the applicant fixes what it lists.
    if (!error && this.summary.some((s) => s.path === path))
      this.summary = this.summary.filter((s) => s.path !== path);
  }

  #revalidate(path: string, force = false): void {
    const course = this.#courseView;
    const complete = COMPLETE_LENGTH[path];
    const value = path.startsWith('applicant.')
      ? String(this.draft.applicant[path.slice(10) as keyof ApplicantDraft] ?? '')
      : '';
    const looksComplete = complete !== undefined && value.replace(/[\s-]/g, '').length >= complete;
    if (force || this.#touched.has(path) || this.errors[path] || looksComplete) {
      this.#setError(path, validateField(path, this.draft, course));
    }
  }

  #onApplicantInput<K extends keyof ApplicantDraft>(key: K, value: ApplicantDraft[K]): void {
    this.draft = withApplicantField(this.draft, key, value);
    if (key === 'targetGroups' || key === 'citizenId') this.ineligible = null;
    this.failure = null;
    this.#revalidate(`applicant.${key}`);
  }

  #onBlur(path: string): void {
    // A field removed by a step change also blurs; only the current step's fields count.
    const course = this.#courseView;
    if (!course || !stepPaths(this.step, course).includes(path)) return;
    this.#touched.add(path);
    this.#revalidate(path, true);
  }

  #onAnswer(q: QuestionView, value: AnswerValue): void {
    this.draft = withAnswer(this.draft, q.id, value);
    this.failure = null;
    this.#touched.add(`answers.${q.id}`);
    this.#revalidate(`answers.${q.id}`);
  }

  #onPosition(positionId: string): void {
    this.draft = { ...this.draft, positionId };
    this.failure = null;
    this.#revalidate('positionId', true);
  }

  #onConsent(which: 'consentPurpose' | 'consentCitizenId', checked: boolean): void {
    this.draft = { ...this.draft, [which]: checked };
    // The time of consent is when both boxes were ticked; unticking withdraws it.
    this.#agreedAt =
      this.draft.consentPurpose && this.draft.consentCitizenId
        ? (this.#agreedAt ?? new Date().toISOString())
        : null;
    this.#touched.add(which === 'consentPurpose' ? 'consent.purpose' : 'consent.citizenId');
    this.#revalidate(which === 'consentPurpose' ? 'consent.purpose' : 'consent.citizenId');
  }

  // ---------------------------------------------------------------- navigation

  async #goTo(step: StepId, focusPath?: string): Promise<void> {
    this.step = step;
    this.summary = [];
    await this.updateComplete;
    const target = focusPath
      ? this.renderRoot.querySelector<HTMLElement>(`#${fieldId(focusPath)}`)
      : this.renderRoot.querySelector<HTMLElement>('#step-heading');
    target?.focus();
  }

  /** Shows errors next to their fields and in the summary, focuses the first, and says so. */
  async #showErrors(errors: FieldError[]): Promise<void> {
    for (const e of errors) this.#touched.add(e.path);
    this.errors = { ...this.errors, ...toMap(errors) };
    this.summary = errors;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(errors[0]!.path)}`)?.focus();
    this.announce(
      `${this.#t('announceErrors', { count: errors.length })} ${this.#errorText(errors[0]) ?? ''}`,
      'assertive',
    );
  }

  #checkEligibility(): EligibilityResult {
    const course = this.#courseView!;
    const id = checkCitizenId(this.draft.applicant.citizenId);
    // Age counts on the course's first day, as the platform counts it.
    return checkEligibility(
      course.rules,
      { targetGroups: this.draft.applicant.targetGroups, birthDate: id.ok ? id.birthDate : null },
      course.startDate || undefined,
    );
  }

  async #showIneligible(result: EligibilityResult): Promise<void> {
    this.ineligible = result;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#ineligible-title')?.focus();
    this.announce(
      ineligibleReason((k, p) => this.#t(k, p), this.resolvedLocale, result),
      'assertive',
    );
  }

  async #next(): Promise<void> {
    const course = this.#courseView;
    if (!course) return;
    const errors = validateStep(this.step, this.draft, course);
    if (errors.length) return this.#showErrors(errors);
    if (this.step === 'applicant') {
      const eligible = this.#checkEligibility();
      if (!eligible.ok) return this.#showIneligible(eligible);
    }
    this.ineligible = null;
    await this.#goTo(nextStep(this.#steps, this.step));
  }

  #back(): void {
    void this.#goTo(previousStep(this.#steps, this.step));
  }

  #onFormSubmit(e: Event): void {
    e.preventDefault();
    if (this.step === 'consent') void this.#submit();
    else void this.#next();
  }

  // ---------------------------------------------------------------- submitting

  async #submit(): Promise<void> {
    const course = this.#courseView;
    const api = this.api;
    if (!course || !api || this.#guard.sending || this.enrolment) return;

    const steps = this.#steps;
    for (const s of steps) {
      const errors = validateStep(s, this.draft, course);
      if (errors.length) {
        if (s !== this.step) await this.#goTo(s);
        return this.#showErrors(errors);
      }
    }
    const eligible = this.#checkEligibility();
    if (!eligible.ok) return this.#showIneligible(eligible);

    this.#agreedAt ??= new Date().toISOString();
    const body = buildRequest(this.draft, course, {
      noticeVersion: this.#noticeVersion(),
      agreedAt: this.#agreedAt,
      tracking: this.#trackingFields(),
    });
    this.failure = null;
    this.sending = true;
    this.announce(this.#t('sending'));
    try {
      const result = await this.#guard.run(body, (idempotencyKey) =>
        api.enrolments.create(body, { idempotencyKey }),
      );
      if (!result.started) return;
      this.#succeed(result.value as EnrolmentCreated);
    } catch (err) {
      await this.#fail(err);
    } finally {
      this.sending = false;
    }
  }

  #noticeVersion(): string {
    const fromCourse = (this.course as { noticeVersion?: unknown } | null)?.noticeVersion;
    return this.noticeVersion || (typeof fromCourse === 'string' && fromCourse) || DEFAULT_NOTICE_VERSION;
  }

  async #succeed(enrolment: EnrolmentCreated): Promise<void> {
    this.enrolment = enrolment;
    // The typed details are no longer needed: drop them from memory.
    this.draft = emptyDraft();
    this.errors = {};
    this.summary = [];
    this.#agreedAt = null;
    this.dispatchEvent(
      new CustomEvent<EnrolmentSubmittedDetail>('skills-enrolment-submitted', {
        detail: { enrolment },
        bubbles: true,
        composed: true,
      }),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#receipt-title')?.focus();
    this.announce(this.#t('announceSubmitted', { reference: enrolment.reference }));
  }

  async #fail(err: unknown): Promise<void> {
    const failure = describeFailure(err);
    this.failure = failure;
    const message = this.#t(failure.key);
    this.dispatchEvent(
      new CustomEvent<EnrolmentErrorDetail>('skills-enrolment-error', {
        detail: {
          code: failure.code,
          message,
          ...(failure.requestId ? { requestId: failure.requestId } : {}),
        },
        bubbles: true,
        composed: true,
      }),
    );
    const course = this.#courseView;
    if (failure.fieldErrors.length && course) {
      // The server's field errors go back onto the fields, on the step that shows them.
      const steps = this.#steps;
      const first = failure.fieldErrors.find((f) => stepOfPath(f.path, steps, course));
      const step = first ? stepOfPath(first.path, steps, course) : null;
      if (step && step !== this.step) await this.#goTo(step);
      const onStep = failure.fieldErrors.filter((f) => stepOfPath(f.path, steps, course) === this.step);
      if (onStep.length) {
        this.errors = { ...this.errors, ...toMap(failure.fieldErrors) };
        return this.#showErrors(onStep);
      }
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#failure-title')?.focus();
    this.announce(message, 'assertive');
  }

  // ---------------------------------------------------------------- rendering

  protected override render() {
    const locale = this.resolvedLocale;
    return html`<div part="base" class="base" lang=${locale}>${this.#renderContent()}</div>`;
  }

  #renderContent() {
    if (!this.api) return html`<p class="alert error" role="alert">${this.#t('unconfigured')}</p>`;
    if (!this.courseId) return html`<p class="alert error" role="alert">${this.#t('noCourse')}</p>`;
    if (this.enrolment)
      return receiptTemplate((k, p) => this.#t(k, p), this.enrolment, !!this.#courseView?.orderClass);
    const course = this.#courseView;
    if (this.loadState === 'not-found')
      return html`<p class="alert error" role="alert">${this.#t('notFound')}</p>`;
    if (this.loadState === 'error')
      return html`<div class="alert error" role="alert">
        <p>${this.#t('loadFailed')}</p>
        <p><button type="button" class="secondary" @click=${() => this.#load()}>${this.#t('reload')}</button></p>
      </div>`;
    if (!course)
      return html`<div class="loading" role="status">
        <span class="visually-hidden">${this.#t('loading')}</span>
        <span class="skeleton medium"></span>
        <span class="skeleton"></span>
        <span class="skeleton short"></span>
      </div>`;
    return this.#renderForm(course);
  }

  #renderHeader(course: CourseView) {
    const title = course.orderClass
      ? this.#t('recruitTitle', { enterprise: course.orderClass.enterpriseName, title: course.title })
      : this.#t('formTitle', { title: course.title });
    const dates =
      course.startDate && course.endDate ? this.fmt.dateRange(course.startDate, course.endDate) : '';
    // A div, not <header>: a header outside a section is a page banner landmark, and a host page
    // has its own (or shows two forms).
    return html`<div class="header" part="header">
      <h2 id="form-title">${title}</h2>
      <p class="muted">${course.providerName}${dates ? html` · ${dates}` : nothing}</p>
    </div>`;
  }

  #renderProgress(steps: StepId[]) {
    const current = steps.indexOf(this.step);
    return html`<ol part="progress" class="progress" aria-label=${this.#t('progressLabel')}>
      ${steps.map(
        (s, i) =>
          html`<li class=${i < current ? 'done' : ''} aria-current=${i === current ? 'step' : nothing}>
            ${i + 1}. ${this.#t(STEP_LABEL[s])}
          </li>`,
      )}
    </ol>`;
  }

  #renderForm(course: CourseView) {
    const steps = this.#steps;
    const n = stepNumber(steps, this.step);
    const isLast = this.step === 'consent';
    return html`${this.#renderHeader(course)} ${this.#renderProgress(steps)}
      <form part="form" novalidate aria-labelledby="form-title" @submit=${this.#onFormSubmit}>
        ${this.#renderSummary()}
        <section part="step" class="step" aria-labelledby="step-heading">
          <h3 id="step-heading" tabindex="-1">
            ${this.#t('progress', { n, total: steps.length, step: this.#t(STEP_LABEL[this.step]) })}
          </h3>
          ${this.#renderStep(course)}
        </section>
        ${this.#renderIneligible()} ${this.#renderFailure()}
        <div part="actions" class="actions">
          ${
            n > 1
              ? html`<button type="button" class="secondary" ?disabled=${this.sending} @click=${this.#back}>
                ${this.#t('back')}
              </button>`
              : nothing
          }
          <div class="primary-actions">
            ${
              isLast
                ? html`<button type="submit" id="submit" ?disabled=${this.sending}>
                  ${this.sending ? this.#t('sending') : this.#t('submit')}
                </button>`
                : html`<button type="submit">${this.#t('next')}</button>`
            }
          </div>
        </div>
      </form>`;
  }

  #stepContext(course: CourseView): StepContext {
    return {
      locale: this.resolvedLocale,
      t: (key, params) => this.#t(key, params),
      fmt: this.fmt,
      course,
      draft: this.draft,
      privacyNoticeHref: this.privacyNoticeHref,
      error: (path) => this.#errorText(this.errors[path]),
      onApplicantInput: (key, value) => this.#onApplicantInput(key, value),
      onBlur: (path) => this.#onBlur(path),
      onAnswer: (q, value) => this.#onAnswer(q, value),
      onPosition: (id) => this.#onPosition(id),
      onConsent: (which, checked) => this.#onConsent(which, checked),
      goTo: (step, focusPath) => void this.#goTo(step, focusPath),
    };
  }

  #renderStep(course: CourseView) {
    const ctx = this.#stepContext(course);
    switch (this.step) {
      case 'applicant':
        return applicantStep(ctx);
      case 'questions':
        return questionsStep(ctx, course.questions);
      case 'position':
        return positionStep(ctx, course);
      case 'review':
        return reviewStep(ctx, course);
      case 'consent':
        return consentStep(ctx);
    }
  }

  #renderSummary() {
    if (!this.summary.length) return nothing;
    return html`<div part="error-summary" class="alert error" role="group" aria-labelledby="summary-title">
      <h3 id="summary-title">${this.#t('summaryTitle')}</h3>
      <ul>
        ${this.summary.map(
          (e) =>
            html`<li>
              <a
                href=${`#${fieldId(e.path)}`}
                @click=${(ev: Event) => {
                  // Focus the field without touching the page's URL.
                  ev.preventDefault();
                  this.renderRoot.querySelector<HTMLElement>(`#${fieldId(e.path)}`)?.focus();
                }}
                >${this.#errorText(this.errors[e.path] ?? e)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderIneligible() {
    const r = this.ineligible;
    if (!r || r.ok) return nothing;
    return html`<div class="alert error" part="ineligible" aria-labelledby="ineligible-title">
      <h3 id="ineligible-title" tabindex="-1">${this.#t('ineligibleTitle')}</h3>
      <p>${ineligibleReason((k, p) => this.#t(k, p), this.resolvedLocale, r)}</p>
      <p>${this.#t('ineligibleHelp')}</p>
    </div>`;
  }

  #renderFailure() {
    const f = this.failure;
    if (!f || (f.fieldErrors.length && this.summary.length)) return nothing;
    return html`<div class="alert error" part="failure">
      <h3 id="failure-title" tabindex="-1">${this.#t(f.key)}</h3>
      ${f.detail && f.key === 'errNotEligible' ? html`<p>${f.detail}</p>` : nothing}
      ${f.requestId ? html`<p class="muted">${this.#t('errRequestId', { id: f.requestId })}</p>` : nothing}
      ${
        f.retryable
          ? html`<p>
            <button type="button" id="retry" ?disabled=${this.sending} @click=${() => this.#submit()}>
              ${this.#t('retry')}
            </button>
          </p>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'skills-enrolment-form': SkillsEnrolmentForm;
  }
  interface HTMLElementEventMap {
    'skills-enrolment-submitted': CustomEvent<EnrolmentSubmittedDetail>;
    'skills-enrolment-error': CustomEvent<EnrolmentErrorDetail>;
  }
}
