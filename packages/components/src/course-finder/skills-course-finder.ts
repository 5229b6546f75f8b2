import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { SkillsClient } from '../shared/client.js';
import { type Dictionaries, loadDictionaries } from '../shared/dictionaries.js';
import { SkillsElement } from '../shared/skills-element.js';
import { baseStyles } from '../shared/styles.js';
import { courseCard, skeletonCard } from './course-card.js';
import { courseDetail } from './course-detail.js';
import { type FinderCourse, loc, type ViewContext } from './course-view.js';
import { type FacetCounts, normaliseFacets } from './facets.js';
import {
  activeFilterCount,
  emptySearch,
  type FinderPins,
  type FinderSearch,
  type SelectFilter,
  type SortOrder,
  searchFromUrl,
  searchToUrl,
  selectFilters,
  sortOrders,
  toCourseQuery,
} from './finder-state.js';
import { codeList, nameIn } from './labels.js';
import { t } from './messages.js';
import { finderStyles } from './skills-course-finder.styles.js';

export type FinderLayout = 'list' | 'grid' | 'compact';
export type EnrolMode = 'event' | 'dialog' | 'link';
export interface CourseEventDetail {
  course: FinderCourse;
}

export type FinderStatus = 'idle' | 'loading' | 'loading-more' | 'ready' | 'error';

/** How long typing must pause before a search is sent. */
const DEBOUNCE_MS = 300;
const ENROLMENT_FORM_TAG = 'skills-enrolment-form';
/** Code-list values are lower-case words; anything else in `style` is the host's inline CSS. */
const CODE_PATTERN = /^[a-z][a-z0-9-]*$/;

/** A page of results as the SDK returns it (awaitable list call). */
interface ResultPage {
  data: FinderCourse[];
  total: number;
  nextCursor: string | null;
  facets?: unknown;
  response?: { facets?: unknown };
  nextPage(options?: { signal?: AbortSignal }): Promise<ResultPage | null>;
}

/**
 * Search and browse training courses: Chinese or pinyin search, filters with counts, sorting,
 * paging, a detail view and enrolment.
 *
 * @summary Course search for colleges, district portals and employment stations.
 *
 * @attr api-base - The API base URL up to and including `/v1`.
 * @attr publishable-key - A publishable key (`pk_…`).
 * @attr locale - `zh-CN` (default) or `en`.
 * @attr theme - `light`, `dark` or `auto` (default).
 * @attr provider-id - Show only this training provider's courses (a college's own site).
 * @attr district - Pin a district code (e.g. `320812`); its filter is then hidden.
 * @attr style - Pin a training style (`basic`, `order`, `post`, `directed`); also `training-style`.
 * @attr group - Pin a target group (`registered-unemployed`, `returnee`, …).
 * @attr query - The initial search text.
 * @attr page-size - Results per page, 1–100 (default 10).
 * @attr layout - `list` (default), `grid` or `compact`.
 * @attr enrol-mode - `event` (default: only `skills-enrol-request`), `dialog` (opens `<skills-enrolment-form>`), `link`.
 * @attr enrol-href - With `enrol-mode="link"`: the enrolment URL template; `{id}` becomes the course id.
 * @attr sync-url - Keep the search in the page's query string (`course.*` parameters), so it survives reload and back.
 * @prop {SkillsClient | undefined} client - An SDK client configured by the host.
 *
 * @fires {CustomEvent<CourseEventDetail>} skills-course-select - A course was opened; cancel it to show your own view.
 * @fires {CustomEvent<CourseEventDetail>} skills-enrol-request - Enrol was chosen; cancel it to stop the dialog or link.
 *
 * @csspart base - The outer wrapper.
 * @csspart heading - The finder's heading.
 * @csspart search - The search form.
 * @csspart filters - The filter disclosure.
 * @csspart count - The result count line.
 * @csspart results - The result list.
 * @csspart course - One result.
 * @csspart course-title - A result's title button.
 * @csspart enrol - An enrol button or link.
 * @csspart load-more - The "load more" button.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart dialog - The detail and enrolment dialogs.
 *
 * @cssprop --skills-color-primary - Buttons, links, focus ring.
 * @cssprop --skills-color-bg - Background.
 * @cssprop --skills-color-surface - Cards and panels.
 * @cssprop --skills-color-text - Text.
 * @cssprop --skills-color-text-muted - Secondary text.
 * @cssprop --skills-color-border - Field and card borders.
 * @cssprop --skills-font-family - Font stack.
 * @cssprop --skills-radius - Corner radius.
 * @cssprop --skills-space - Spacing unit (default 0.5rem).
 * @cssprop --skills-density - Spacing multiplier (1; 0.75 is compact).
 */
export class SkillsCourseFinder extends SkillsElement {
  static override styles = [baseStyles, finderStyles];

  @property({ attribute: 'provider-id' }) providerId?: string;
  @property() district?: string;
  /** The `style` attribute pins a training style (CONTRACT.md); `.style` stays the CSS object. */
  @property({ attribute: 'style' }) styleAttribute?: string;
  @property({ attribute: 'training-style' }) trainingStyle?: string;
  @property() group?: string;
  @property() query?: string;
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;
  @property({ reflect: true }) layout: FinderLayout = 'list';
  @property({ attribute: 'enrol-mode' }) enrolMode: EnrolMode = 'event';
  @property({ attribute: 'enrol-href' }) enrolHref?: string;
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  @state() private search: FinderSearch = { ...emptySearch };
  @state() private courses: FinderCourse[] = [];
  @state() private total = 0;
  @state() private phase: FinderStatus = 'idle';
  @state() private error: unknown = null;
  @state() private facets: FacetCounts = {};
  @state() private dicts?: Dictionaries;
  @state() private selected?: FinderCourse;
  @state() private enrolling?: FinderCourse;
  @state() private filtersOpen = false;

  @query('#q') private searchInput?: HTMLInputElement;
  @query('dialog.detail') private detailDialog?: HTMLDialogElement;
  @query('dialog.enrol') private enrolDialog?: HTMLDialogElement;

  #page: ResultPage | null = null;
  #abort?: AbortController;
  #debounce?: ReturnType<typeof setTimeout>;
  #lastRequest = '';
  #dictsFor?: SkillsClient;
  #clientIds = new WeakMap<object, number>();
  #nextClientId = 1;
  #failedAppend = false;
  #returnFocus?: HTMLElement;
  #focusFromIndex = -1;
  #fromHistory = false;
  #seededFromAttributes = false;

  /** The filters the host fixed through attributes. */
  get pins(): FinderPins {
    const style =
      this.trainingStyle || (CODE_PATTERN.test(this.styleAttribute ?? '') ? this.styleAttribute : '');
    return {
      providerId: this.providerId || undefined,
      district: this.district || undefined,
      style: style || undefined,
      group: this.group || undefined,
    };
  }

  /** `idle`, `loading`, `loading-more`, `ready` or `error`. */
  get status(): FinderStatus {
    return this.phase;
  }

  /** The courses shown, in order. */
  get results(): readonly FinderCourse[] {
    return this.courses;
  }

  /** How many courses match in all (across pages). */
  get totalResults(): number {
    return this.total;
  }

  /** The current search (visitor's choices; pins are applied on top when querying). */
  get currentSearch(): Readonly<FinderSearch> {
    return this.search;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      this.search = searchFromUrl(new URLSearchParams(location.search));
      window.addEventListener('popstate', this.#onPopState);
    }
    this.filtersOpen = typeof matchMedia === 'function' && matchMedia('(min-width: 48rem)').matches;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.#abort?.abort();
    clearTimeout(this.#debounce);
    this.#lastRequest = '';
  }

  #onPopState = (): void => {
    this.#fromHistory = true;
    this.search = searchFromUrl(new URLSearchParams(location.search));
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The `query` attribute seeds the search text once, unless the URL already carries one.
    if (!this.#seededFromAttributes && this.query && !this.search.q) {
      this.search = { ...this.search, q: this.query };
    }
    if (changed.has('query') && this.#seededFromAttributes && this.query !== undefined) {
      this.search = { ...this.search, q: this.query };
    }
    this.#seededFromAttributes = true;
    // Here rather than in updated(): the loading state then renders in this same update.
    this.#startLoads();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('search' as keyof SkillsCourseFinder)) this.#writeUrl();
    if (this.#focusFromIndex >= 0 && this.phase === 'ready') {
      const button = this.renderRoot.querySelectorAll<HTMLElement>('.title-button')[this.#focusFromIndex];
      this.#focusFromIndex = -1;
      button?.focus();
    }
  }

  /** Starts whatever the new settings need: dictionaries for a new client, a search for a new query. */
  #startLoads(): void {
    const api = this.api;
    if (api && api !== this.#dictsFor) {
      this.#dictsFor = api;
      loadDictionaries(api).then(
        (d) => {
          if (this.#dictsFor === api) this.dicts = d;
        },
        () => {}, // labels fall back to codes; the search itself reports errors
      );
    }
    const request = this.#requestKey(api);
    if (request !== this.#lastRequest) {
      this.#lastRequest = request;
      if (api) this.#load(api, false);
    }
  }

  /**
   * Identifies what the results depend on: where the data comes from and the query. Clients are
   * rebuilt per locale, but course data is bilingual, so a locale switch alone does not refetch.
   */
  #requestKey(api: SkillsClient | null): string {
    if (!api) return '';
    let source: string;
    if (this.client) {
      let id = this.#clientIds.get(this.client);
      if (id === undefined) {
        id = this.#nextClientId++;
        this.#clientIds.set(this.client, id);
      }
      source = `client:${id}`;
    } else if (this.apiBase && this.publishableKey) source = `own:${this.apiBase}|${this.publishableKey}`;
    else source = `provider:${api.baseUrl}`;
    return `${source}|${JSON.stringify(this.#query())}`;
  }

  #query() {
    const size = Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 10));
    return toCourseQuery(this.search, this.pins, size);
  }

  async #load(api: SkillsClient, append: boolean): Promise<void> {
    this.#abort?.abort(); // a newer search makes the running one stale
    const abort = new AbortController();
    this.#abort = abort;
    const previous = this.#page;
    this.phase = append ? 'loading-more' : 'loading';
    this.error = null;
    this.#failedAppend = append;
    try {
      const page: ResultPage | null = append
        ? ((await previous?.nextPage({ signal: abort.signal })) ?? null)
        : ((await api.courses.list(this.#query(), { signal: abort.signal })) as unknown as ResultPage);
      if (abort.signal.aborted) return;
      if (!page) {
        this.phase = 'ready';
        return;
      }
      this.#page = page;
      if (append) {
        const seen = new Set(this.courses.map((c) => c.id));
        this.#focusFromIndex = this.courses.length;
        this.courses = [...this.courses, ...page.data.filter((c) => !seen.has(c.id))];
      } else {
        this.courses = page.data;
        this.facets = normaliseFacets(page.facets ?? page.response?.facets);
      }
      this.total = page.total;
      this.phase = 'ready';
      this.announce(this.#countText());
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error;
      this.phase = 'error';
      this.announce(`${t(this.resolvedLocale, 'errorTitle')}. ${this.#errorText(error)}`, 'assertive');
    }
  }

  /** Runs the search again (the error state's retry button). */
  retry(): void {
    const api = this.api;
    if (api) this.#load(api, this.#failedAppend);
  }

  #countText(): string {
    const locale = this.resolvedLocale;
    const params = {
      total: this.fmt.number(this.total),
      shown: this.fmt.number(this.courses.length),
      count: this.total,
    };
    if (this.total === 0) return t(locale, 'emptyTitle');
    return this.courses.length < this.total
      ? t(locale, 'resultCountShown', params)
      : t(locale, 'resultCount', params);
  }

  #errorText(error: unknown): string {
    const code = (error as { code?: string } | null)?.code ?? '';
    const name = (error as { name?: string } | null)?.name ?? '';
    const network = /network|timeout|fetch/i.test(`${code} ${name}`) || error instanceof TypeError;
    return t(this.resolvedLocale, network ? 'errorNetwork' : 'errorGeneric');
  }

  #writeUrl(): void {
    if (!this.syncUrl) return;
    if (this.#fromHistory) {
      this.#fromHistory = false;
      return;
    }
    const next = searchToUrl(this.search, new URL(location.href));
    if (next.href === location.href) return;
    // Typing replaces the entry; every other change is a step "back" can undo.
    const typing = next.searchParams.get('course.q') !== new URL(location.href).searchParams.get('course.q');
    if (typing) history.replaceState(history.state, '', next);
    else history.pushState(history.state, '', next);
  }

  // ---- input ----------------------------------------------------------------------------------

  #set(patch: Partial<FinderSearch>): void {
    this.search = { ...this.search, ...patch };
  }

  #onInput = (e: InputEvent): void => {
    if (e.isComposing) return; // wait for the IME to finish (pinyin → 汉字)
    this.#scheduleQuery();
  };

  #scheduleQuery(): void {
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => {
      const input = this.searchInput;
      if (input) this.#set({ q: input.value });
    }, DEBOUNCE_MS);
  }

  #onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    clearTimeout(this.#debounce);
    const q = this.searchInput?.value ?? '';
    if (q === this.search.q) {
      // Enter on an unchanged search refreshes it.
      this.#lastRequest = '';
      this.requestUpdate();
    } else this.#set({ q });
  };

  #onSelect(key: SelectFilter | 'sort', value: string): void {
    this.#set(key === 'sort' ? { sort: value as SortOrder } : { [key]: value });
  }

  #clearFilters = (): void => {
    if (this.searchInput) this.searchInput.value = '';
    this.search = { ...emptySearch, sort: this.search.sort };
  };

  #loadMore = (): void => {
    const api = this.api;
    if (api && this.#page?.nextCursor) this.#load(api, true);
  };

  // ---- selecting and enrolling ------------------------------------------------------------------

  #fire(name: string, course: FinderCourse): boolean {
    return this.dispatchEvent(
      new CustomEvent<CourseEventDetail>(name, {
        detail: { course },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  }

  #select = (course: FinderCourse, trigger: HTMLElement): void => {
    if (!this.#fire('skills-course-select', course)) return;
    this.#returnFocus = trigger;
    this.selected = course;
    this.updateComplete.then(() => this.detailDialog?.showModal());
    // The list carries the essentials; the full record adds the description and order class.
    this.api?.courses.get(course.id).then(
      (full) => {
        if (this.selected?.id === course.id)
          this.selected = { ...course, ...(full as unknown as FinderCourse) };
      },
      () => {},
    );
  };

  #enrolHref(course: FinderCourse): string {
    return (this.enrolHref ?? '').replaceAll('{id}', encodeURIComponent(course.id));
  }

  #requestEnrol(course: FinderCourse, trigger: HTMLElement): void {
    if (!this.#fire('skills-enrol-request', course)) return;
    // Close the detail view in every mode: a form the host shows must not sit behind our modal.
    if (this.enrolMode !== 'dialog') {
      this.detailDialog?.close();
      return;
    }
    this.#returnFocus = this.selected ? this.#returnFocus : trigger;
    this.detailDialog?.close();
    this.enrolling = course;
    if (!customElements.get(ENROLMENT_FORM_TAG)) {
      customElements.whenDefined(ENROLMENT_FORM_TAG).then(() => this.requestUpdate());
    }
    this.updateComplete.then(() => this.enrolDialog?.showModal());
  }

  #enrolControl = (course: FinderCourse): TemplateResult => {
    const locale = this.resolvedLocale;
    const label = t(locale, 'enrolIn', { title: loc(course.title, locale) });
    if (this.enrolMode === 'link' && this.enrolHref) {
      return html`<a
        class="button enrol"
        part="enrol"
        href=${this.#enrolHref(course)}
        aria-label=${label}
        @click=${(e: MouseEvent) => {
          if (!this.#fire('skills-enrol-request', course)) e.preventDefault();
        }}
      >${t(locale, 'enrol')}</a>`;
    }
    return html`<button
      type="button"
      class="enrol"
      part="enrol"
      aria-label=${label}
      aria-haspopup=${this.enrolMode === 'dialog' ? 'dialog' : nothing}
      @click=${(e: Event) => this.#requestEnrol(course, e.currentTarget as HTMLElement)}
    >${t(locale, 'enrol')}</button>`;
  };

  #onDialogClose = (which: 'detail' | 'enrol'): void => {
    if (which === 'detail') {
      if (this.enrolling) return; // moving on to the enrolment dialog
      this.selected = undefined;
    } else {
      this.enrolling = undefined;
      this.selected = undefined;
    }
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus();
  };

  // ---- rendering --------------------------------------------------------------------------------

  get #view(): ViewContext {
    return { locale: this.resolvedLocale, fmt: this.fmt, dicts: this.dicts };
  }

  protected override render() {
    const locale = this.resolvedLocale;
    return html`<div part="base" class="finder" lang=${locale}>
      <h2 class="finder-heading" part="heading">${t(locale, 'heading')}</h2>
      ${this.api ? this.#renderSearch() : this.#renderUnconfigured()}
      ${this.api ? this.#renderResults() : nothing} ${this.#renderDetailDialog()} ${this.#renderEnrolDialog()}
    </div>`;
  }

  #renderUnconfigured(): TemplateResult {
    const error = this.clientError as Error | null;
    return html`<div class="alert" part="error">
      <p>${t(this.resolvedLocale, 'unconfigured')}</p>
      ${error?.message ? html`<p class="muted">${error.message}</p>` : nothing}
    </div>`;
  }

  #renderSearch(): TemplateResult {
    const locale = this.resolvedLocale;
    const active = activeFilterCount(this.search, this.pins);
    return html`<form role="search" part="search" class="search" @submit=${this.#onSubmit}>
        <label for="q">${t(locale, 'searchLabel')}</label>
        <div class="search-row">
          <input
            id="q"
            type="search"
            name="q"
            autocomplete="off"
            maxlength="100"
            enterkeyhint="search"
            aria-describedby="q-hint"
            .value=${this.search.q /* not live(): a re-render must not wipe text still being typed */}
            @input=${this.#onInput}
            @compositionend=${() => this.#scheduleQuery()}
          />
          <button type="submit">${t(locale, 'searchButton')}</button>
        </div>
        <p id="q-hint" class="hint muted">${t(locale, 'searchHint')}</p>
      </form>
      <details
        class="filters"
        part="filters"
        ?open=${this.filtersOpen}
        @toggle=${(e: Event) => {
          this.filtersOpen = (e.target as HTMLDetailsElement).open;
        }}
      >
        <summary>${active ? t(locale, 'filtersActive', { n: active }) : t(locale, 'filters')}</summary>
        <div class="filter-grid">
          ${selectFilters.map((key) => this.#renderSelect(key))}
          <div class="field">
            <label for="f-startFrom">${t(locale, 'startFrom')}</label>
            <input
              id="f-startFrom"
              type="date"
              .value=${live(this.search.startFrom)}
              @change=${(e: Event) => this.#set({ startFrom: (e.target as HTMLInputElement).value })}
            />
          </div>
          <div class="field check-field">
            <label class="check">
              <input
                type="checkbox"
                .checked=${live(this.search.subsidised)}
                @change=${(e: Event) => this.#set({ subsidised: (e.target as HTMLInputElement).checked })}
              />
              ${this.#subsidisedLabel()}
            </label>
          </div>
        </div>
        ${active ? html`<button type="button" class="secondary clear" @click=${this.#clearFilters}>${t(locale, 'clearFilters')}</button>` : nothing}
      </details>`;
  }

  #subsidisedLabel(): string {
    const locale = this.resolvedLocale;
    const count = this.search.subsidised ? undefined : this.facets.subsidised?.get('true');
    const label = t(locale, 'subsidised');
    return count === undefined ? label : t(locale, 'optionCount', { label, count: this.fmt.number(count) });
  }

  #renderSelect(key: SelectFilter): TemplateResult | typeof nothing {
    if (this.pins[key as keyof FinderPins]) return nothing; // pinned by the host: not a choice
    const locale = this.resolvedLocale;
    const value = this.search[key];
    // Counts describe the current result set; while this filter is set they would only show its
    // own value, so show none rather than misleading zeros for the alternatives.
    const counts = value ? undefined : this.facets[key];
    const options = this.#options(key);
    return html`<div class="field">
      <label for="f-${key}">${t(locale, key)}</label>
      <select id="f-${key}" @change=${(e: Event) => this.#onSelect(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${t(locale, 'any')}</option>
        ${options.map(({ code, name }) => {
          const count = counts ? (counts.get(code) ?? 0) : undefined;
          const text =
            count === undefined
              ? name
              : t(locale, 'optionCount', { label: name, count: this.fmt.number(count) });
          return html`<option value=${code} ?selected=${value === code}>${text}</option>`;
        })}
      </select>
    </div>`;
  }

  /**
   * A filter's options: the dictionary's list, plus any code the facets report that the
   * dictionary lacks (labelled from the results where possible, else shown as the code).
   */
  #options(key: SelectFilter): { code: string; name: string }[] {
    const locale = this.resolvedLocale;
    const list = codeList(this.dicts, key).map((e) => ({
      code: String(e.code),
      name: nameIn(e.name, locale),
    }));
    const known = new Set(list.map((o) => o.code));
    const extra = new Set(this.facets[key]?.keys() ?? []);
    if (this.search[key]) extra.add(this.search[key]);
    for (const code of extra) {
      if (known.has(code)) continue;
      const course = key === 'occupation' ? this.courses.find((c) => c.occupation?.code === code) : undefined;
      list.push({ code, name: course ? loc(course.occupation.name, locale) : code });
    }
    return list;
  }

  #renderResults(): TemplateResult {
    const locale = this.resolvedLocale;
    const loading = this.phase === 'loading' || this.phase === 'idle';
    const sort = html`<div class="sort field">
      <label for="sort">${t(locale, 'sort')}</label>
      <select id="sort" @change=${(e: Event) => this.#onSelect('sort', (e.target as HTMLSelectElement).value)}>
        ${sortOrders.map((o) => html`<option value=${o} ?selected=${this.search.sort === o}>${t(locale, `sort-${o}`)}</option>`)}
      </select>
    </div>`;
    let body: TemplateResult;
    if (this.phase === 'error' && !this.courses.length) body = this.#renderError();
    else if (loading)
      body = html`<ul class="results" part="results" aria-busy="true" aria-label=${t(locale, 'loading')}>
        ${[0, 1, 2].map(() => skeletonCard())}
      </ul>`;
    else if (!this.courses.length) body = this.#renderEmpty();
    else
      body = html`<ul class="results" part="results" aria-labelledby="count">
          ${this.courses.map((c, i) => courseCard(c, i, this.#view, { enrol: this.#enrolControl, select: this.#select }))}
        </ul>
        ${this.phase === 'error' ? this.#renderError() : nothing} ${this.#renderMore()}`;
    return html`<div class="toolbar">
        <p id="count" class="count" part="count">${loading ? t(locale, 'loading') : this.phase === 'error' && !this.courses.length ? '' : this.#countText()}</p>
        ${sort}
      </div>
      ${body}`;
  }

  #renderMore(): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    if (this.#page?.nextCursor && this.courses.length < this.total) {
      const busy = this.phase === 'loading-more';
      return html`<div class="more">
        <button type="button" class="secondary" part="load-more" ?disabled=${busy} @click=${this.#loadMore}>
          ${busy ? t(locale, 'loadingMore') : t(locale, 'loadMore')}
        </button>
      </div>`;
    }
    return this.courses.length > this.pageSize
      ? html`<p class="more muted">${t(locale, 'allShown')}</p>`
      : nothing;
  }

  #renderEmpty(): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<div class="empty" part="empty">
      <h3>${t(locale, 'emptyTitle')}</h3>
      <p>${t(locale, 'emptyHint')}</p>
      ${
        activeFilterCount(this.search, this.pins) || this.search.q
          ? html`<button type="button" class="secondary" @click=${this.#clearFilters}>${t(locale, 'clearFilters')}</button>`
          : nothing
      }
    </div>`;
  }

  #renderError(): TemplateResult {
    const locale = this.resolvedLocale;
    const requestId = (this.error as { requestId?: string } | null)?.requestId;
    return html`<div class="alert error" part="error">
      <h3>${t(locale, 'errorTitle')}</h3>
      <p>${this.#errorText(this.error)}</p>
      ${requestId ? html`<p class="muted request-id">${t(locale, 'errorRequestId', { id: requestId })}</p>` : nothing}
      <button type="button" class="retry" @click=${() => this.retry()}>${t(locale, 'retry')}</button>
    </div>`;
  }

  #renderDetailDialog(): TemplateResult {
    const locale = this.resolvedLocale;
    const course = this.selected;
    return html`<dialog class="detail" part="dialog" aria-labelledby=${course ? 'detail-title' : nothing} @close=${() => this.#onDialogClose('detail')}>
      ${
        course
          ? html`<div class="dialog-head">
                <h2 id="detail-title">${loc(course.title, locale)}</h2>
                <button type="button" class="secondary close" @click=${() => this.detailDialog?.close()}>
                  ${t(locale, 'close')}
                </button>
              </div>
              ${courseDetail(course, this.#view)}
              <div class="actions">${this.#enrolControl(course)}</div>`
          : nothing
      }
    </dialog>`;
  }

  #renderEnrolDialog(): TemplateResult {
    const locale = this.resolvedLocale;
    const course = this.enrolling;
    const defined = !!customElements.get(ENROLMENT_FORM_TAG);
    return html`<dialog class="enrol" part="dialog" aria-labelledby=${course ? 'enrol-title' : nothing} @close=${() => this.#onDialogClose('enrol')}>
      ${
        course
          ? html`<div class="dialog-head">
                <h2 id="enrol-title">${t(locale, 'enrolDialog')}</h2>
                <button type="button" class="secondary close" @click=${() => this.enrolDialog?.close()}>
                  ${t(locale, 'close')}
                </button>
              </div>
              ${
                defined
                  ? html`<skills-enrolment-form
                      course-id=${course.id}
                      locale=${locale}
                      theme=${this.resolvedTheme}
                      .client=${this.api ?? undefined}
                    ></skills-enrolment-form>`
                  : html`<p class="alert">${t(locale, 'enrolUnavailable')}</p>`
              }`
          : nothing
      }
    </dialog>`;
  }
}
