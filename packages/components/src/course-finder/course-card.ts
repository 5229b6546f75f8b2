import { html, nothing, type TemplateResult } from 'lit';
import {
  certificateText,
  type FinderCourse,
  feeText,
  loc,
  placementText,
  seatsText,
  subsidyText,
  type ViewContext,
  whenText,
} from './course-view.js';
import { label } from './labels.js';
import { t } from './messages.js';

export interface CardActions {
  /** The enrol control: a button or a link, depending on enrol-mode. */
  enrol: (course: FinderCourse) => TemplateResult;
  select: (course: FinderCourse, trigger: HTMLElement) => void;
}

/** One result. Text goes through Lit bindings only, so HTML in a title stays text. */
export function courseCard(
  course: FinderCourse,
  index: number,
  ctx: ViewContext,
  actions: CardActions,
): TemplateResult {
  const { locale, dicts } = ctx;
  const headingId = `course-${index}`;
  const subsidy = subsidyText(course, ctx);
  return html`<li class="course" part="course" data-course-id=${course.id}>
    <article aria-labelledby=${headingId}>
      <h3 class="course-title" id=${headingId}>
        <button
          type="button"
          class="link title-button"
          part="course-title"
          aria-haspopup="dialog"
          @click=${(e: Event) => actions.select(course, e.currentTarget as HTMLElement)}
        >${loc(course.title, locale)}</button>
      </h3>
      <p class="provider">${loc(course.provider?.name, locale)}</p>
      <p class="badges">
        ${course.subsidised ? html`<span class="badge subsidised">${t(locale, 'subsidisedBadge')}</span>` : nothing}
        ${
          course.orderClass
            ? html`<span class="badge order">${t(locale, 'orderClassBy', { enterprise: loc(course.orderClass.enterprise.name, locale) })}</span>`
            : nothing
        }
        ${course.style ? html`<span class="badge style">${label(dicts, 'style', course.style, locale)}</span>` : nothing}
      </p>
      <dl class="facts">
        <div><dt>${t(locale, 'district')}</dt><dd>${label(dicts, 'district', course.districtCode, locale)}</dd></div>
        <div><dt>${t(locale, 'dates')}</dt><dd>${whenText(course, ctx)}</dd></div>
        <div class="seats"><dt>${t(locale, 'seats')}</dt><dd>${seatsText(course, ctx)}</dd></div>
        <div>
          <dt>${t(locale, 'fee')}</dt>
          <dd>${feeText(course, ctx)}${subsidy ? html`, ${subsidy}` : nothing}</dd>
        </div>
        <div class="extra"><dt>${t(locale, 'certificate')}</dt><dd>${certificateText(course, ctx)}</dd></div>
        <div class="extra"><dt>${t(locale, 'placement')}</dt><dd>${placementText(course, ctx)}</dd></div>
      </dl>
      <div class="actions">${actions.enrol(course)}</div>
    </article>
  </li>`;
}

/** A placeholder card while the first page loads; hidden from assistive technology. */
export function skeletonCard(): TemplateResult {
  return html`<li class="course skeleton-card" aria-hidden="true">
    <span class="skeleton sk-title"></span>
    <span class="skeleton sk-line"></span>
    <span class="skeleton sk-block"></span>
  </li>`;
}
