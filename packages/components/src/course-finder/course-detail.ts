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

/** The body of the detail dialog (the dialog itself, its heading and buttons are the finder's). */
export function courseDetail(course: FinderCourse, ctx: ViewContext): TemplateResult {
  const { locale, fmt, dicts } = ctx;
  const subsidy = subsidyText(course, ctx);
  const certRate = course.outcomes?.certificationRate;
  const groups = (course.targetGroups ?? []).map((g) => label(dicts, 'group', g, locale));
  const timetable = loc(course.timetable, locale);
  const address = loc(course.address, locale);
  return html`
    <p class="provider">${loc(course.provider?.name, locale)}</p>
    <dl class="facts detail-facts">
      <div><dt>${t(locale, 'occupation')}</dt><dd>${loc(course.occupation?.name, locale)}</dd></div>
      <div><dt>${t(locale, 'district')}</dt><dd>${label(dicts, 'district', course.districtCode, locale)}</dd></div>
      ${address ? html`<div><dt>${t(locale, 'address')}</dt><dd>${address}</dd></div>` : nothing}
      <div><dt>${t(locale, 'dates')}</dt><dd>${whenText(course, ctx)}</dd></div>
      ${timetable ? html`<div><dt>${t(locale, 'timetable')}</dt><dd>${timetable}</dd></div>` : nothing}
      ${course.hours ? html`<div><dt>${t(locale, 'hours')}</dt><dd>${t(locale, 'hoursValue', { n: fmt.number(course.hours) })}</dd></div>` : nothing}
      <div><dt>${t(locale, 'style')}</dt><dd>${label(dicts, 'style', course.style, locale)}</dd></div>
      <div><dt>${t(locale, 'format')}</dt><dd>${label(dicts, 'format', course.format, locale)}</dd></div>
      <div>
        <dt>${t(locale, 'seats')}</dt>
        <dd>${seatsText(course, ctx)}${course.capacity ? html` · ${t(locale, 'capacity', { n: fmt.number(course.capacity) })}` : nothing}</dd>
      </div>
      <div>
        <dt>${t(locale, 'fee')}</dt>
        <dd>
          ${feeText(course, ctx)}${subsidy ? html`, ${subsidy}` : nothing}
          ${course.subsidised ? html` · ${t(locale, 'subsidisedBadge')}` : nothing}
        </dd>
      </div>
      <div><dt>${t(locale, 'certificate')}</dt><dd>${certificateText(course, ctx)}</dd></div>
      <div>
        <dt>${t(locale, 'placement')}</dt>
        <dd>
          ${placementText(course, ctx)}
          ${typeof certRate === 'number' ? html` · ${t(locale, 'certificationRate', { rate: fmt.percent(certRate) })}` : nothing}
        </dd>
      </div>
      ${groups.length ? html`<div><dt>${t(locale, 'targetGroups')}</dt><dd>${groups.join(locale === 'en' ? ', ' : '、')}</dd></div>` : nothing}
    </dl>
    ${
      course.summary
        ? html`<h3 class="detail-subheading">${t(locale, 'description')}</h3>
            <p class="description">${loc(course.summary, locale)}</p>`
        : nothing
    }
    ${course.orderClass ? orderClass(course, ctx) : nothing}
  `;
}

function orderClass(course: FinderCourse, { locale, fmt }: ViewContext): TemplateResult {
  const oc = course.orderClass;
  if (!oc) return html``;
  return html`<h3 class="detail-subheading">${t(locale, 'orderClassBy', { enterprise: loc(oc.enterprise.name, locale) })}</h3>
    ${oc.commitment ? html`<p>${loc(oc.commitment, locale)}</p>` : nothing}
    ${
      oc.positions?.length
        ? html`<p class="muted">${t(locale, 'positions')}</p>
            <ul class="positions">
              ${oc.positions.map((p) => html`<li>${loc(p.title, locale)} · ${t(locale, 'headcount', { n: fmt.number(p.headcount) })}</li>`)}
            </ul>`
        : nothing
    }`;
}
