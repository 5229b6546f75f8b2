import { css } from 'lit';

/** Single column, full-width controls: works at 360 px and with text zoomed to 200 %. */
export const enrolmentFormStyles = css`
  .base {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 2);
    max-inline-size: 44rem;
  }
  .header {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.125em;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .progress li {
    padding-block: calc(var(--_space) / 4);
    padding-inline: var(--_space);
    border: 1px solid var(--_divider);
    border-radius: 999px;
    color: var(--_muted);
  }
  .progress li.done {
    color: var(--_text);
  }
  .progress li[aria-current='step'] {
    border-color: var(--_primary);
    color: var(--_primary);
    font-weight: 600;
  }
  form,
  .step {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-inline-size: 0;
  }
  .field input:not([type='checkbox']):not([type='radio']),
  .field select,
  .field textarea {
    inline-size: 100%;
  }
  #f-applicant-citizenId {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
    font-weight: 600;
  }
  .choice-list {
    display: grid;
    gap: var(--_space);
  }
  .choice-list.columns {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
  .check {
    align-items: flex-start;
  }
  .check input {
    flex: none;
    margin-block-start: 0.15em;
  }
  .choice-description {
    display: block;
  }
  .hint {
    font-size: 0.9375em;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .confirm {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: space-between;
  }
  .actions .primary-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-inline-start: auto;
  }
  .alert {
    display: grid;
    gap: var(--_space);
  }
  .alert ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .alert a {
    color: inherit;
    font-weight: 600;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, 12rem) minmax(0, 1fr);
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  @container (max-width: 30rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dd {
      margin-block-end: var(--_space);
    }
  }
  .review-section {
    display: grid;
    gap: var(--_space);
    padding-block-end: calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_divider);
  }
  .review-section header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space);
  }
  .purpose {
    display: grid;
    gap: var(--_space);
  }
  .receipt {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_success);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }
  .receipt.waitlisted {
    border-color: var(--_warning);
  }
  .reference {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .loading {
    display: grid;
    gap: var(--_space);
  }
  .loading .skeleton {
    block-size: 1.5rem;
  }
  /* Widths by class, not style attributes: a strict CSP (style-src-attr) blocks those. */
  .loading .skeleton.short {
    inline-size: 50%;
  }
  .loading .skeleton.medium {
    inline-size: 70%;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
`;
