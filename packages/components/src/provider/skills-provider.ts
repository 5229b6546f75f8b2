import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ClientCache, type SkillsClient } from '../shared/client.js';
import {
  clientContext,
  localeContext,
  normaliseTheme,
  type Theme,
  themeContext,
} from '../shared/contexts.js';
import { LangChangeController } from '../shared/lang-change-controller.js';
import { type Locale, normaliseLocale, resolveLocale } from '../shared/resolve-locale.js';

/**
 * Configures every Skills Huai'an element inside it: one API client, one locale, one theme.
 * It renders nothing of its own (`display: contents`), so it does not affect layout.
 *
 * @summary Shares the API client, locale and theme with the elements inside it.
 * @attr api-base - The API base URL up to and including `/v1`.
 * @attr publishable-key - A publishable key (`pk_…`).
 * @attr locale - `zh-CN` (default) or `en`; falls back to `lang`, the page, the browser.
 * @attr theme - `light`, `dark` or `auto` (default: follows prefers-color-scheme).
 * @prop {SkillsClient | undefined} client - An SDK client configured by the host; wins over `api-base`.
 * @slot - The elements to configure.
 *
 * Design tokens set on the provider reach every element inside it (custom properties inherit):
 * @cssprop --skills-color-bg - Background (light #ffffff, dark #15181c).
 * @cssprop --skills-color-surface - Cards, panels and table headers.
 * @cssprop --skills-color-text - Text.
 * @cssprop --skills-color-text-muted - Secondary text (keep 4.5:1 on the background).
 * @cssprop --skills-color-border - Borders of fields and controls.
 * @cssprop --skills-color-divider - Card outlines and dividers.
 * @cssprop --skills-color-primary - Buttons, links and selected items.
 * @cssprop --skills-color-on-primary - Text on primary buttons.
 * @cssprop --skills-color-accent - Accents such as the order-class badge.
 * @cssprop --skills-color-success - Success, subsidy and "live" text.
 * @cssprop --skills-color-warning - Warnings (reconnecting, waiting list).
 * @cssprop --skills-color-danger - Errors and invalid fields.
 * @cssprop --skills-color-danger-bg - Background of error boxes.
 * @cssprop --skills-color-focus - The focus ring.
 * @cssprop --skills-color-skeleton - Loading placeholders.
 * @cssprop --skills-font-family - Font stack.
 * @cssprop --skills-font-size - Base font size (default 1rem).
 * @cssprop --skills-radius - Corner radius (default 0.5rem).
 * @cssprop --skills-space - Spacing unit (default 0.5rem).
 * @cssprop --skills-density - Spacing multiplier (default 1; 0.75 is compact).
 */
export class SkillsProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  @property({ attribute: 'api-base' }) apiBase?: string;
  @property({ attribute: 'publishable-key' }) publishableKey?: string;
  @property({ reflect: true }) locale?: string;
  @property({ reflect: true }) theme?: Theme;
  @property({ attribute: false }) client?: SkillsClient;

  #clients = new ClientCache();
  #client = new ContextProvider(this, { context: clientContext });
  #locale = new ContextProvider(this, { context: localeContext });
  #theme = new ContextProvider(this, { context: themeContext });
  #reported: unknown = null;

  constructor() {
    super();
    // The locale handed down follows the page's `lang`: re-render (and re-provide) when it changes.
    new LangChangeController(this); // registers itself with this element
  }

  /** The locale handed down: own `locale` or `lang`, then the page's, then the browser's. */
  get resolvedLocale(): Locale {
    return normaliseLocale(this.locale) ?? resolveLocale(this);
  }

  /** The client handed down, or undefined while not configured. */
  get resolvedClient(): SkillsClient | undefined {
    if (this.client) return this.client;
    if (!this.apiBase || !this.publishableKey) return undefined;
    const client = this.#clients.get({
      apiBase: this.apiBase,
      publishableKey: this.publishableKey,
      locale: this.resolvedLocale,
    });
    return client ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // setValue only notifies consumers when the value actually changes.
    this.#locale.setValue(this.resolvedLocale);
    this.#theme.setValue(normaliseTheme(this.theme));
    this.#client.setValue(this.resolvedClient);
    // Bad settings (e.g. a secret key in a page) leave the elements unconfigured; say why once.
    const error = this.#clients.error;
    if (error && error !== this.#reported) console.error('[skills-provider]', (error as Error).message);
    this.#reported = error;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
