import { css } from 'lit';

/*
 * Design tokens. Hosts theme an element by setting the public `--skills-*` custom properties on
 * it or any ancestor; each element reads them through private `--_*` variables whose fallbacks
 * are the light or dark defaults. Every text colour pair meets 4.5:1 in both themes.
 */
const light = css`
  color-scheme: light;
  --_bg: var(--skills-color-bg, #ffffff);
  --_surface: var(--skills-color-surface, #f4f6f8);
  --_text: var(--skills-color-text, #1b1f24);
  --_muted: var(--skills-color-text-muted, #4f5661);
  --_border: var(--skills-color-border, #767c85);
  --_divider: var(--skills-color-divider, #d5d9de);
  --_primary: var(--skills-color-primary, #0b57a4);
  --_on-primary: var(--skills-color-on-primary, #ffffff);
  --_accent: var(--skills-color-accent, #a8361b);
  --_success: var(--skills-color-success, #1c6b38);
  --_warning: var(--skills-color-warning, #7a4f00);
  --_danger: var(--skills-color-danger, #b3261e);
  --_danger-bg: var(--skills-color-danger-bg, #fdecea);
  --_focus: var(--skills-color-focus, #0b57a4);
  --_skeleton: var(--skills-color-skeleton, #e3e6ea);
`;

const dark = css`
  color-scheme: dark;
  --_bg: var(--skills-color-bg, #15181c);
  --_surface: var(--skills-color-surface, #1f2328);
  --_text: var(--skills-color-text, #eceff3);
  --_muted: var(--skills-color-text-muted, #b4bac3);
  --_border: var(--skills-color-border, #8a919b);
  --_divider: var(--skills-color-divider, #3a4048);
  --_primary: var(--skills-color-primary, #8cbcff);
  --_on-primary: var(--skills-color-on-primary, #0b1a30);
  --_accent: var(--skills-color-accent, #ffb59e);
  --_success: var(--skills-color-success, #80d99c);
  --_warning: var(--skills-color-warning, #f3c669);
  --_danger: var(--skills-color-danger, #ffb4ab);
  --_danger-bg: var(--skills-color-danger-bg, #3b1411);
  --_focus: var(--skills-color-focus, #8cbcff);
  --_skeleton: var(--skills-color-skeleton, #2c3138);
`;

/** Shared CSS for every element: `static styles = [baseStyles, css\`…\`]`. */
export const baseStyles = css`
  :host {
    ${light}
    --_font: var(
      --skills-font-family,
      system-ui,
      -apple-system,
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      sans-serif
    );
    --_font-size: var(--skills-font-size, 1rem);
    --_radius: var(--skills-radius, 0.5rem);
    --_density: var(--skills-density, 1);
    --_space: calc(var(--skills-space, 0.5rem) * var(--_density));
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  :host([data-theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([data-theme='auto']) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  h1,
  h2,
  h3,
  h4,
  p {
    margin-block: 0;
  }

  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) / 2);
    min-block-size: 2.75rem;
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  button.link {
    min-block-size: auto;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  label {
    font-weight: 600;
  }
  input,
  select,
  textarea {
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  input[type='checkbox'],
  input[type='radio'] {
    min-block-size: auto;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    font-weight: normal;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .badge {
    display: inline-block;
    padding-inline: calc(var(--_space) * 0.75);
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    line-height: 1.6;
  }
  .muted {
    color: var(--_muted);
  }

  .skeleton {
    display: block;
    border-radius: var(--_radius);
    background: var(--_skeleton);
    animation: skills-pulse 1.4s ease-in-out infinite;
  }
  @keyframes skills-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  .alert {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .alert.error {
    border-color: var(--_danger);
    background: var(--_danger-bg);
  }

  dialog {
    /* A slim outside margin (also over the UA's 2em max-width): at 360 px and 200 % text every
       pixel counts for the content. */
    inline-size: min(40rem, calc(100vw - 1rem));
    max-inline-size: calc(100vw - 1rem);
    max-block-size: calc(100dvh - 2rem);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
`;
