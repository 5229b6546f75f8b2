// What the applicant reads after trying to go on: why they are not eligible, and the receipt.
import { type EnrolmentCreated, labelOf, targetGroups } from '@skills-huaian/schemas';
import { html } from 'lit';
import type { Locale } from '../shared/resolve-locale.js';
import type { EligibilityResult } from './eligibility.js';
import { receiptCitizenId, receiptMobile, receiptName } from './masking.js';
import type { EnrolmentMessageKey } from './messages.js';

type T = (key: EnrolmentMessageKey, params?: Record<string, string | number>) => string;

/** The reason in plain words, naming the groups or the age limit. */
export function ineligibleReason(t: T, locale: Locale, r: EligibilityResult): string {
  if (r.ok) return '';
  switch (r.reason) {
    case 'target_group':
      return t('ineligibleGroup', {
        groups: r.allowed
          .map((c) => labelOf(targetGroups, c as never, locale))
          .join(locale === 'en' ? ', ' : '、'),
      });
    case 'too_young':
      return t('ineligibleYoung', { min: r.minAge, age: r.age });
    case 'too_old':
      return t('ineligibleOld', { max: r.maxAge, age: r.age });
  }
}

/** Reference, status, what happens next; masked values only. */
export function receiptTemplate(t: T, e: EnrolmentCreated, isOrderClass: boolean) {
  const waitlisted = e.status === 'waitlisted';
  const mobile = receiptMobile(e.applicant.mobile);
  const next = waitlisted
    ? t('nextWaitlisted', { mobile })
    : isOrderClass
      ? t('nextOrderClass', { mobile })
      : t('nextSubmitted', { mobile });
  return html`<section
    part="receipt"
    class=${waitlisted ? 'receipt waitlisted' : 'receipt'}
    aria-labelledby="receipt-title"
  >
    <h2 id="receipt-title" tabindex="-1">${waitlisted ? t('waitlistedTitle') : t('receiptTitle')}</h2>
    <dl>
      <dt>${t('reference')}</dt>
      <dd class="reference">${e.reference}</dd>
      <dt>${t('status')}</dt>
      <dd>${waitlisted ? t('statusWaitlisted') : t('statusSubmitted')}</dd>
      <dt>${t('applicant')}</dt>
      <dd>${receiptName(e.applicant.name)}</dd>
      <dt>${t('citizenId')}</dt>
      <dd>${receiptCitizenId(e.applicant.citizenId)}</dd>
      <dt>${t('mobile')}</dt>
      <dd>${mobile}</dd>
    </dl>
    <p>${next}</p>
    <p class="muted">${t('keepReference')}</p>
  </section>`;
}
