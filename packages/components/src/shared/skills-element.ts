import { type Context, ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClientCache, type SkillsClient } from './client.js';
import { clientContext, localeContext, normaliseTheme, type Theme, themeContext } from './contexts.js';
import { type Formatters, formatters } from './formatters.js';
import { LangChangeController } from './lang-change-controller.js';
import { LiveRegion, type Politeness } from './live-region.js';
import { type Locale, normaliseLocale, resolveLocale } from './resolve-locale.js';

/**
 * The base class of every Skills Huai'an element: settings from attributes or from an enclosing
 * `<skills-provider>` (attributes win), the resolved locale and theme, an SDK client, Intl
 * formatters and a live region. Nothing here touches the DOM before the element is connected.
 *
 * The shared design tokens (src/shared/styles.ts), documented here once: the manifest analyzer
 * passes them on to every element that extends this class. Set them on the element or any
 * ancestor; the defaults have light and dark values.
 *
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
export class SkillsElement extends LitElement {
  /** The API's base URL up to and including `/v1`. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** A publishable key (`pk_…`). Never put a secret key in a page. */
  @property({ attribute: 'publishable-key' }) publishableKey?: string;
  /** `zh-CN` (default) or `en`; falls back to `lang`, the provider, the page, the browser. */
  @property({ reflect: true }) locale?: string;
  /** `light`, `dark` or `auto` (follows prefers-color-scheme; the default). */
  @property({ reflect: true }) theme?: Theme;
  /** An SDK client configured by the host; wins over `api-base` and the provider. */
  @property({ attribute: false }) client?: SkillsClient;

  /** Settings from an enclosing `<skills-provider>`, if any. */
  @state() protected contextClient?: SkillsClient;
  @state() protected contextLocale?: Locale;
  @state() protected contextTheme?: Theme;

  #clients = new ClientCache();
  #consumers: ContextConsumer<Context<unknown, unknown>, this>[] = [];
  #live?: LiveRegion;

  constructor() {
    super();
    this.#consume();
    // An ancestor's `lang` changing means a new locale: re-render in place.
    new LangChangeController(this); // registers itself with this element
  }

  /** Asks the nearest provider for its settings (again). */
  #consume(): void {
    for (const c of this.#consumers) this.removeController(c);
    this.#consumers = [
      new ContextConsumer(this, {
        context: clientContext,
        subscribe: true,
        callback: (v) => {
          this.contextClient = v;
        },
      }),
      new ContextConsumer(this, {
        context: localeContext,
        subscribe: true,
        callback: (v) => {
          this.contextLocale = v;
        },
      }),
      new ContextConsumer(this, {
        context: themeContext,
        subscribe: true,
        callback: (v) => {
          this.contextTheme = v;
        },
      }),
    ] as ContextConsumer<Context<unknown, unknown>, this>[];
  }

  /** The locale in force: own `locale`, own `lang`, provider, nearest `[lang]`, page, browser. */
  protected get resolvedLocale(): Locale {
    return (
      normaliseLocale(this.locale) ??
      normaliseLocale(this.getAttribute('lang')) ??
      this.contextLocale ??
      resolveLocale(this)
    );
  }

  protected get resolvedTheme(): Theme {
    return normaliseTheme(this.theme) ?? this.contextTheme ?? 'auto';
  }

  /** The SDK client to use, or `null` while the element is not configured. */
  protected get api(): SkillsClient | null {
    if (this.client) return this.client;
    if (this.apiBase && this.publishableKey) {
      return this.#clients.get({
        apiBase: this.apiBase,
        publishableKey: this.publishableKey,
        locale: this.resolvedLocale,
      });
    }
    return this.contextClient ?? null;
  }

  /** Why `api-base`/`publishable-key` gave no client (e.g. a secret key in a page), if they did not. */
  protected get clientError(): unknown {
    return this.client || !(this.apiBase && this.publishableKey) ? null : this.#clients.error;
  }

  // Shadow content should carry the resolved locale for screen readers and fonts: elements
  // render their outer wrapper as `<div part="base" lang=${this.resolvedLocale}>`. The host's
  // own `lang` stays the page's to set (it is an input here, not an output).

  /** Intl helpers in the resolved locale. */
  protected get fmt(): Formatters {
    return formatters(this.resolvedLocale);
  }

  /** Speaks `text` through the element's live region (`assertive` for errors). */
  protected announce(text: string, politeness: Politeness = 'polite'): void {
    this.#live?.announce(text, politeness);
  }

  /** What the live region says now (for tests). */
  get liveRegionText(): string {
    return this.#live?.text('polite') || this.#live?.text('assertive') || '';
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#live = new LiveRegion(root as ShadowRoot);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A provider registered after this element (script order) never heard our context request;
    // ask again once it is defined.
    if (this.closest('skills-provider') && !customElements.get('skills-provider')) {
      customElements.whenDefined('skills-provider').then(() => {
        if (this.isConnected) this.#consume();
      });
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The theme is carried on the host so the shared styles can switch token sets.
    const theme = this.resolvedTheme;
    if (this.dataset.theme !== theme) this.dataset.theme = theme;
  }
}
