import { css } from 'lit';

export const finderStyles = css`
  .finder {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
  }
  .finder-heading {
    font-size: 1.375em;
    line-height: 1.3;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .search-row input {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .hint {
    font-size: 0.875em;
  }

  .filters {
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .filters summary {
    padding-block: calc(var(--_space) * 1.25);
    font-weight: 600;
    cursor: pointer;
  }
  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: calc(var(--_space) * 1.5);
    padding-block: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-inline-size: 0;
  }
  .field select,
  .field input:not([type='checkbox']) {
    inline-size: 100%;
  }
  .check-field {
    grid-column: 1 / -1;
  }
  .clear {
    margin-block-end: var(--_space);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_space);
  }
  .count {
    font-weight: 600;
  }
  .sort {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .sort label {
    white-space: nowrap;
  }

  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
  }
  :host([layout='grid']) .results {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  .course {
    min-inline-size: 0;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .course article {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    block-size: 100%;
  }
  .course-title {
    font-size: 1.125em;
    line-height: 1.35;
  }
  .title-button {
    text-align: start;
    font-weight: 700;
    font-size: inherit;
  }
  .provider {
    color: var(--_muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .badges:empty {
    display: none;
  }
  .badge.subsidised {
    color: var(--_success);
  }
  .badge.order {
    color: var(--_accent);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    min-inline-size: 0;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-start: auto;
  }

  :host([layout='compact']) .course {
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  :host([layout='compact']) .facts .extra,
  :host([layout='compact']) .provider,
  :host([layout='compact']) .badges .style {
    display: none;
  }

  .skeleton-card {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .sk-title {
    inline-size: 70%;
    block-size: 1.4em;
  }
  .sk-line {
    inline-size: 45%;
    block-size: 1em;
  }
  .sk-block {
    inline-size: 90%;
    block-size: 3em;
  }

  .empty {
    padding: calc(var(--_space) * 3);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space);
  }
  .alert.error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
  }
  .more {
    display: flex;
    justify-content: center;
  }

  .dialog-head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .dialog-head .close {
    flex: none;
    margin-inline-start: auto;
  }
  /* When the heading would get less than ~8 characters beside Close, Close wraps below it
     (360 px at 200 % text); otherwise overflow-wrap: anywhere shrinks it to a letter a line. */
  .dialog-head h2 {
    flex: 1 1 8em;
    min-inline-size: 0;
    font-size: 1.25em;
    line-height: 1.35;
  }
  dialog .facts {
    margin-block: var(--_space);
  }
  .detail-subheading {
    font-size: 1em;
    margin-block: calc(var(--_space) * 1.5) calc(var(--_space) / 2);
  }
  .description {
    white-space: pre-line;
  }
  .positions {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  dialog .actions {
    margin-block-start: calc(var(--_space) * 2);
  }
`;
