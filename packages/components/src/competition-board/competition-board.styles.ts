import { css } from 'lit';

export const competitionBoardStyles = css`
  :host {
    --_gold: var(--skills-medal-gold, #b8860b);
    --_silver: var(--skills-medal-silver, #8a8f96);
    --_bronze: var(--skills-medal-bronze, #a0522d);
    --_highlight: var(--skills-board-highlight, rgb(11 87 164 / 0.14));
    --_flash: rgb(11 87 164 / 0.3);
    --_kiosk-font-size: var(--skills-kiosk-font-size, clamp(1.25rem, 0.9rem + 1.6vw, 3rem));
    container-type: inline-size;
  }
  :host([data-theme='dark']) {
    --_highlight: var(--skills-board-highlight, rgb(140 188 255 / 0.2));
    --_flash: rgb(140 188 255 / 0.35);
  }
  @media (prefers-color-scheme: dark) {
    :host([data-theme='auto']) {
      --_highlight: var(--skills-board-highlight, rgb(140 188 255 / 0.2));
      --_flash: rgb(140 188 255 / 0.35);
    }
  }
  :host([mode='kiosk']) {
    font-size: var(--_kiosk-font-size);
  }

  .root,
  .board {
    display: grid;
    /* One column that may shrink below its content's min-content (long select options). */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  .root {
    padding: var(--_space);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.3;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  h3 {
    font-size: 1.125em;
    line-height: 1.3;
    margin: 0;
  }

  /* Filters */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    min-inline-size: 0; /* a fieldset is min-content wide by default */
    margin: 0;
    padding: 0;
    border: 0;
  }
  .filters label {
    display: grid;
    gap: calc(var(--_space) / 2);
    flex: 1 1 9rem;
    min-inline-size: 0;
  }
  .filters select {
    inline-size: 100%;
  }

  /* Competition list */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    align-content: start;
    gap: var(--_space);
    block-size: 100%;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space);
  }
  .card button {
    justify-self: start;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_space) / 4) var(--_space);
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }

  .status {
    white-space: nowrap;
  }
  .status.live {
    color: var(--_success);
    font-weight: 700;
  }
  .status.upcoming,
  .status.registration-open {
    color: var(--_primary);
  }
  .status.finished,
  .status.cancelled {
    color: var(--_muted);
  }

  /* Board */
  .board-head {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .meta {
    color: var(--_muted);
  }
  .connection {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    color: var(--_muted);
  }
  .connection .dot {
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--_muted);
  }
  .connection[data-state='live'] .dot,
  .connection[data-state='polling'] .dot {
    background: var(--_success);
  }
  .connection[data-state='live'] .state,
  .connection[data-state='polling'] .state {
    color: var(--_success);
    font-weight: 700;
  }
  .notice {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  :host([mode='kiosk']) .notice {
    font-size: 0.7em;
    justify-self: start;
  }

  .table-wrap {
    /* Positioned, so visually hidden (absolute) labels inside stay in its scroll box. */
    position: relative;
    overflow-x: auto;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding: var(--_space);
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-block-start: 1px solid var(--_divider);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface);
    font-size: 0.875em;
  }
  tbody th {
    font-weight: 600;
  }
  .num {
    text-align: end;
  }
  /* Headers and numbers never break inside a word ("Sc/ore", "96/.5"); names may. */
  thead th,
  .num,
  .rank-number,
  .medal {
    white-space: nowrap;
    overflow-wrap: normal;
  }
  .rank {
    white-space: nowrap;
  }
  .rank-number {
    font-weight: 700;
  }
  .tie {
    margin-inline-start: calc(var(--_space) / 2);
    font-size: 0.75em;
    color: var(--_muted);
  }
  .move {
    display: inline-block;
    margin-inline-start: calc(var(--_space) / 2);
    font-size: 0.8em;
    font-weight: 700;
  }
  .move.up {
    color: var(--_success);
  }
  .move.down {
    color: var(--_danger);
  }
  .move.new {
    color: var(--_primary);
  }
  tr.changed > * {
    background: var(--_highlight);
    animation: skills-board-flash 3s ease-out;
  }
  @keyframes skills-board-flash {
    0% {
      background: var(--_flash);
    }
    100% {
      background: var(--_highlight);
    }
  }
  tr.changed .move {
    animation: skills-board-nudge 0.6s ease-out;
  }
  @keyframes skills-board-nudge {
    0% {
      transform: translateY(0.3em);
      opacity: 0;
    }
    100% {
      transform: none;
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    tr.changed > *,
    tr.changed .move {
      animation: none;
    }
  }

  .medal {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    white-space: nowrap;
    font-weight: 600;
  }
  .medal .disc {
    inline-size: 0.9em;
    block-size: 0.9em;
    border-radius: 50%;
    border: 1px solid var(--_text);
  }
  .medal.gold .disc {
    background: var(--_gold);
  }
  .medal.silver .disc {
    background: var(--_silver);
  }
  .medal.bronze .disc {
    background: var(--_bronze);
  }

  .sub {
    display: none;
    font-weight: normal;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* Narrow: organisation and district move under the contestant's name. */
  @container (max-width: 36rem) {
    .wide {
      display: none;
    }
    .sub {
      display: block;
    }
    th,
    td {
      padding-inline: calc(var(--_space) / 2);
    }
    .tie,
    .move {
      display: block;
      margin-inline-start: 0;
    }
  }

  .pager {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .skeleton-row {
    block-size: 2.5rem;
  }
`;
