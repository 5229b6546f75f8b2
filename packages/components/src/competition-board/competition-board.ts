import {
  type Competition,
  competitionStatuses,
  districts,
  type LocalisedText,
  labelOf,
  skillLevels,
} from '@skills-huaian/schemas';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SkillsElement } from '../shared/skills-element.js';
import { baseStyles } from '../shared/styles.js';
import { AnnouncementBatcher, summariseChanges } from './announcer.js';
import { competitionBoardStyles } from './competition-board.styles.js';
import { kioskRotation, nextKioskPosition, pageCount, pageSlice } from './kiosk.js';
import { type LiveBoard, LiveStandings, type LiveStatus } from './live-standings.js';
import { summaryText, t } from './messages.js';
import { occupationArea, occupationAreaLabel } from './occupation-areas.js';
import { type Change, diffStandings, orderStandings, type RankedEntry, scoreDecimals } from './ranking.js';

export type BoardMode = 'default' | 'kiosk';
type Entry = LiveBoard['entries'][number];

export interface CompetitionSelectDetail {
  competition: Competition;
}

/** How long a changed row stays highlighted. */
const HIGHLIGHT_MS = 4000;
/** How often a kiosk re-reads the list, so newly live competitions join the rotation. */
const KIOSK_LIST_REFRESH_MS = 60_000;
const MAX_COMPETITIONS = 500;

const statusOrder: Record<string, number> = {
  live: 0,
  'registration-open': 1,
  upcoming: 2,
  finished: 3,
  cancelled: 4,
};

/**
 * The city's class-one skills competitions (市级一类职业技能竞赛) and their live leaderboards.
 *
 * @summary Competition list with filters, and live leaderboards with rank changes; a kiosk mode for large screens.
 *
 * @attr api-base - The API base URL up to and including `/v1`.
 * @attr publishable-key - A publishable key (`pk_…`).
 * @attr locale - `zh-CN` (default) or `en`.
 * @attr theme - `light`, `dark` or `auto`.
 * @attr competition-id - Pins one competition: only its leaderboard is shown, without the list.
 * @attr status - Filters the list by status (`upcoming`, `registration-open`, `live`, `finished`, `cancelled`).
 * @attr mode - `default` or `kiosk` (big type, cycles through live competitions, pages long boards, no interaction).
 * @attr kiosk-interval - Kiosk: seconds each page of a board stays on screen (default 15).
 * @attr kiosk-rows - Kiosk: rows per page of a board (default 10).
 *
 * @prop {SkillsClient} client - An SDK client configured by the host (wins over `api-base`).
 *
 * @fires skills-competition-select - A competition was chosen in the list; `detail: { competition }`.
 *   Cancelable: call `preventDefault()` to handle it yourself (e.g. navigate) instead of opening its board here.
 *
 * @csspart base - The outer wrapper.
 * @csspart heading - The list's heading.
 * @csspart filters - The filter controls.
 * @csspart list - The list of competitions.
 * @csspart item - One competition in the list.
 * @csspart open-button - The button that opens a competition's leaderboard.
 * @csspart board - A competition's leaderboard section.
 * @csspart back-button - Returns from a leaderboard to the list.
 * @csspart status - The connection state and time of the last update.
 * @csspart notice - The "reconnecting"/"cannot reach the server" notice.
 * @csspart table - The leaderboard table.
 * @csspart row - A leaderboard row.
 * @csspart medal - A medal label.
 *
 * @cssprop --skills-medal-gold - Colour of the gold medal disc.
 * @cssprop --skills-medal-silver - Colour of the silver medal disc.
 * @cssprop --skills-medal-bronze - Colour of the bronze medal disc.
 * @cssprop --skills-board-highlight - Background of a row whose rank just changed.
 * @cssprop --skills-kiosk-font-size - Base font size in kiosk mode.
 */
export class SkillsCompetitionBoard extends SkillsElement {
  static override styles = [baseStyles, competitionBoardStyles];

  @property({ attribute: 'competition-id' }) competitionId?: string;
  @property() status?: string;
  @property({ reflect: true }) mode: BoardMode = 'default';
  @property({ attribute: 'kiosk-interval', type: Number }) kioskInterval = 15;
  @property({ attribute: 'kiosk-rows', type: Number }) kioskRows = 10;

  @state() private competitions: Competition[] | null = null;
  @state() private listError: unknown = null;
  @state() private filterStatus = '';
  @state() private filterYear = '';
  @state() private filterArea = '';
  @state() private filterDistrict = '';
  @state() private selected: Competition | null = null;
  @state() private pinned: Competition | null = null;
  @state() private kiosk = { index: 0, page: 0 };

  /** Boards seen this session by competition id, so a kiosk never shows a blank board. */
  private boards = new Map<string, LiveBoard>();
  private highlights = new Map<string, { change: Change; until: number }>();
  private highlightTimer: ReturnType<typeof setTimeout> | undefined;
  private kioskTimer: ReturnType<typeof setInterval> | undefined;
  private kioskEvery = 0;
  private listTimer: ReturnType<typeof setInterval> | undefined;
  private listClient: unknown = null;
  private listRetry: ReturnType<typeof setTimeout> | undefined;
  /** What the pinned competition was last requested for (a new client or id loads it again). */
  private pinnedFor: { id: string; client: unknown } = { id: '', client: null };
  private openedFrom: string | null = null;
  private lastStatus: LiveStatus = 'idle';

  private live = new LiveStandings(this, { onBoard: (board, previous) => this.onBoard(board, previous) });

  private batcher = new AnnouncementBatcher({
    announce: (message) => this.announce(message),
    summarise: (changes) => summariseChanges(changes, summaryText(this.resolvedLocale)),
  });

  /** The competition whose board is shown, if any. */
  get currentCompetition(): Competition | null {
    if (this.competitionId) return this.pinned;
    if (this.mode === 'kiosk') return this.kioskCompetitions[this.kiosk.index] ?? null;
    return this.selected;
  }

  /** The connection state of the open board (`idle` when none is open). */
  get connectionStatus(): LiveStatus {
    return this.live.status;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.kioskTimer);
    clearInterval(this.listTimer);
    clearTimeout(this.highlightTimer);
    clearTimeout(this.listRetry);
    this.kioskTimer = undefined;
    this.listTimer = undefined;
    this.listClient = null;
    this.batcher.cancel();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('status')) this.filterStatus = this.status ?? '';
    if (changed.has('competitionId')) this.pinned = null;
    if (changed.has('competitionId') || changed.has('mode')) this.selected = null;
    // The rotation may shrink when the list is refreshed.
    if (this.mode === 'kiosk' && this.kiosk.index >= this.kioskCompetitions.length && this.kiosk.index > 0) {
      this.kiosk = { index: 0, page: 0 };
    }
    this.sync();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.live.status !== this.lastStatus) this.onStatusChange(this.lastStatus, this.live.status);
  }

  /** Starts whatever the current settings need: the list, a pinned competition, the live board, kiosk timers. */
  private sync(): void {
    const api = this.api;
    if (!api || !this.isConnected) return;
    const needList = !this.competitionId;
    if (needList && this.listClient !== api) {
      this.listClient = api;
      void this.loadList();
    }
    if (this.competitionId && (this.pinnedFor.id !== this.competitionId || this.pinnedFor.client !== api)) {
      this.pinnedFor = { id: this.competitionId, client: api };
      void this.loadPinned(this.competitionId);
    }
    const kiosk = this.mode === 'kiosk';
    if (kiosk && needList && !this.listTimer) {
      this.listTimer = setInterval(() => void this.loadList(), KIOSK_LIST_REFRESH_MS);
    } else if ((!kiosk || !needList) && this.listTimer) {
      clearInterval(this.listTimer);
      this.listTimer = undefined;
    }
    const every = Math.max(1, this.kioskInterval || 15) * 1000;
    if (this.kioskTimer && (!kiosk || every !== this.kioskEvery)) {
      clearInterval(this.kioskTimer);
      this.kioskTimer = undefined;
    }
    if (kiosk && !this.kioskTimer) {
      this.kioskEvery = every;
      this.kioskTimer = setInterval(() => this.kioskStep(), every);
    }
    const id = this.competitionId ?? this.currentCompetition?.id;
    if (id) this.live.watch(api, id);
    else this.live.stop();
  }

  private async loadList(): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      const all: Competition[] = [];
      for await (const c of api.competitions.list({ limit: 100 }) as AsyncIterable<Competition>) {
        all.push(c);
        if (all.length >= MAX_COMPETITIONS) break;
      }
      this.competitions = all.sort(
        (a, b) =>
          (statusOrder[a.status] ?? 9) - (statusOrder[b.status] ?? 9) ||
          (a.status === 'finished'
            ? b.endDate.localeCompare(a.endDate)
            : a.startDate.localeCompare(b.startDate)),
      );
      this.listError = null;
    } catch (e) {
      // Keep the last list on screen (a kiosk must never go blank); show the error only when
      // there is none, and try again by itself a little later.
      this.listError = e;
      clearTimeout(this.listRetry);
      if (!this.competitions && this.isConnected)
        this.listRetry = setTimeout(() => void this.loadList(), 5000);
    }
  }

  private async loadPinned(id: string): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      const competition = (await api.competitions.get(id)) as Competition;
      if (this.competitionId === id) {
        this.pinned = competition;
        this.listError = null;
      }
    } catch (e) {
      this.listError = e;
    }
  }

  private get kioskCompetitions(): Competition[] {
    return kioskRotation(this.competitions ?? []);
  }

  private get filteredCompetitions(): Competition[] {
    return (this.competitions ?? []).filter(
      (c) =>
        (!this.filterStatus || c.status === this.filterStatus) &&
        (!this.filterYear || String(c.year) === this.filterYear) &&
        (!this.filterArea || occupationArea(c.occupation.code) === this.filterArea) &&
        (!this.filterDistrict || c.districtCode === this.filterDistrict),
    );
  }

  /** The standings shown for the current competition: live, or the last seen. */
  private get shownBoard(): LiveBoard | null {
    const id = this.competitionId ?? this.currentCompetition?.id;
    if (!id) return null;
    const live = this.live.board;
    if (live && live.competitionId === id) return live;
    return this.boards.get(id) ?? null;
  }

  private onBoard(board: LiveBoard, previous: LiveBoard | null): void {
    this.boards.set(board.competitionId, board);
    if (!previous || previous.competitionId !== board.competitionId) {
      this.batcher.reset(board.entries);
      const opened = this.selected;
      if (opened && opened.id === board.competitionId && this.mode !== 'kiosk') {
        const title = this.text(opened.title);
        this.announce(t(this.resolvedLocale, 'announceOpened', { title, count: board.entries.length }));
      }
      return;
    }
    const now = Date.now();
    for (const change of diffStandings(previous.entries, board.entries)) {
      if (change.movement !== 'same' || change.scoreChanged) {
        this.highlights.set(change.id, { change, until: now + HIGHLIGHT_MS });
      }
    }
    this.batcher.push(board.entries);
    this.scheduleHighlightExpiry();
  }

  private scheduleHighlightExpiry(): void {
    clearTimeout(this.highlightTimer);
    const next = Math.min(...[...this.highlights.values()].map((h) => h.until));
    if (!Number.isFinite(next)) return;
    this.highlightTimer = setTimeout(
      () => {
        const now = Date.now();
        for (const [id, h] of this.highlights) if (h.until <= now) this.highlights.delete(id);
        this.requestUpdate();
        this.scheduleHighlightExpiry();
      },
      Math.max(50, next - Date.now()),
    );
  }

  private onStatusChange(from: LiveStatus, to: LiveStatus): void {
    this.lastStatus = to;
    const locale = this.resolvedLocale;
    if (to === 'live' && this.competitionId && !this.pinned) void this.loadPinned(this.competitionId);
    if (to === 'reconnecting' && from !== 'offline') this.announce(t(locale, 'reconnecting'));
    else if (to === 'offline') this.announce(t(locale, 'offline', { time: this.receivedTime() }));
    else if ((to === 'live' || to === 'polling') && (from === 'reconnecting' || from === 'offline')) {
      this.announce(t(locale, 'reconnected'));
    }
  }

  private kioskStep(): void {
    const rotation = this.kioskCompetitions;
    const board = this.shownBoard;
    const pages = pageCount(board?.entries.length ?? 0, this.kioskRows);
    let next = nextKioskPosition(this.kiosk, this.competitionId ? 1 : rotation.length, pages);
    if (!this.competitionId && next.index !== this.kiosk.index) {
      // Offline: stay on a board we have rather than move to one we cannot show.
      const target = rotation[next.index];
      const connected = this.live.status === 'live' || this.live.status === 'polling';
      if (target && !connected && !this.boards.has(target.id)) next = { index: this.kiosk.index, page: 0 };
    }
    this.kiosk = next;
  }

  // —— events ——

  private open(competition: Competition, trigger: HTMLElement): void {
    const event = new CustomEvent<CompetitionSelectDetail>('skills-competition-select', {
      detail: { competition },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return;
    this.openedFrom = trigger.dataset.id ?? null;
    this.selected = competition;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>('#board-title')?.focus();
    });
  }

  private back(): void {
    const from = this.openedFrom;
    this.selected = null;
    this.live.stop();
    void this.updateComplete.then(() => {
      const button = from
        ? this.renderRoot.querySelector<HTMLElement>(`button[data-id="${CSS.escape(from)}"]`)
        : null;
      button?.focus();
    });
  }

  private onFilter(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const value = select.value;
    if (select.name === 'status') this.filterStatus = value;
    else if (select.name === 'year') this.filterYear = value;
    else if (select.name === 'area') this.filterArea = value;
    else if (select.name === 'district') this.filterDistrict = value;
    // Say how many remain, so a screen reader user knows the list changed below.
    const count = this.filteredCompetitions.length;
    this.announce(t(this.resolvedLocale, 'listCaption', { count }));
  }

  // —— helpers ——

  private text(value: LocalisedText | string | undefined | null): string {
    if (!value) return '';
    return typeof value === 'string' ? value : (value[this.resolvedLocale] ?? value['zh-CN']);
  }

  /** A time in Huai'an; with the date too unless it is today there. */
  private time(iso: string | number): string {
    const at = new Date(iso);
    const day = (d: Date) => d.toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    const today = day(at) === day(new Date());
    return new Intl.DateTimeFormat(this.resolvedLocale, {
      ...(today ? {} : { dateStyle: 'medium' as const }),
      timeStyle: 'medium',
      timeZone: 'Asia/Shanghai',
    }).format(at);
  }

  /** When the shown standings were last known to be current: the server's last word, or their own time. */
  private receivedTime(): string {
    const board = this.shownBoard;
    if (!board) return '—';
    const confirmed = this.live.board?.competitionId === board.competitionId ? this.live.receivedAt : null;
    return this.time(confirmed ?? board.updatedAt);
  }

  /** The venue, with its district unless the venue's name already says it. */
  private venue(c: Competition): string {
    const venue = this.text(c.venue);
    const district = this.districtLabel(c.districtCode);
    return venue.includes(district) ? venue : `${venue} · ${district}`;
  }

  private dates(c: Competition): string {
    return c.startDate === c.endDate
      ? this.fmt.date(c.startDate)
      : this.fmt.dateRange(c.startDate, c.endDate);
  }

  private statusLabel(status: string): string {
    return labelOf(
      competitionStatuses as readonly { code: string; name: LocalisedText }[],
      status,
      this.resolvedLocale,
    );
  }

  private districtLabel(code: string): string {
    return labelOf(districts as readonly { code: string; name: LocalisedText }[], code, this.resolvedLocale);
  }

  private levelLabel(level: number): string {
    return labelOf(
      skillLevels as readonly { code: number; name: LocalisedText }[],
      level,
      this.resolvedLocale,
    );
  }

  private errorMessage(e: unknown): string {
    return e instanceof Error ? e.message : String(e);
  }

  // —— rendering ——

  protected override render() {
    const locale = this.resolvedLocale;
    const api = this.api;
    const competition = this.currentCompetition;
    const showBoard = !!this.competitionId || !!competition;
    return html`<div part="base" class="root" lang=${locale}>
      ${
        !api
          ? html`<p class="alert error">${this.configProblem()}</p>`
          : showBoard
            ? this.renderBoard(competition)
            : this.renderList()
      }
    </div>`;
  }

  /** Why there is no client: nothing configured, or settings the SDK refused (e.g. a secret key). */
  private configProblem(): string {
    const locale = this.resolvedLocale;
    const error = this.clientError;
    return error ? t(locale, 'loadError', { message: this.errorMessage(error) }) : t(locale, 'notConfigured');
  }

  private renderList() {
    const locale = this.resolvedLocale;
    const kiosk = this.mode === 'kiosk';
    const all = this.competitions;
    const shown = kiosk ? (all ?? []).filter((c) => c.status !== 'cancelled') : this.filteredCompetitions;
    return html`
      <h2 part="heading">${t(locale, 'heading')}</h2>
      ${kiosk ? html`<p>${t(locale, 'kioskEmpty')}</p>` : this.renderFilters()}
      ${this.listError && !all ? this.renderError(this.listError, () => void this.loadList()) : nothing}
      ${this.listError && all && kiosk ? html`<p class="notice" part="notice">${t(locale, 'reconnecting')}</p>` : nothing}
      ${
        all === null && !this.listError
          ? html`<p aria-busy="true">${t(locale, 'loading')}</p>`
          : all === null
            ? nothing
            : shown.length === 0
              ? html`<p>${t(locale, 'noCompetitions')}</p>`
              : html`<p class="muted" id="list-count">${t(locale, 'listCaption', { count: shown.length })}</p>
                  <ul part="list" class="cards" aria-labelledby="list-count">
                    ${shown.map((c) => this.renderCard(c, kiosk))}
                  </ul>`
      }
    `;
  }

  private renderFilters() {
    const locale = this.resolvedLocale;
    const all = this.competitions ?? [];
    const years = [...new Set(all.map((c) => c.year))].sort((a, b) => b - a);
    const areas = [...new Set(all.map((c) => occupationArea(c.occupation.code)))].sort();
    const option = (value: string, label: string, current: string) =>
      html`<option value=${value} ?selected=${value === current}>${label}</option>`;
    return html`<fieldset part="filters" class="filters" @change=${this.onFilter}>
      <legend class="visually-hidden">${t(locale, 'filtersLabel')}</legend>
      <label
        >${t(locale, 'filterStatus')}
        <select name="status">
          ${option('', t(locale, 'any'), this.filterStatus)}
          ${competitionStatuses.map((s) => option(s.code, s.name[locale], this.filterStatus))}
        </select>
      </label>
      <label
        >${t(locale, 'filterYear')}
        <select name="year">
          ${option('', t(locale, 'any'), this.filterYear)}
          ${years.map((y) => option(String(y), String(y), this.filterYear))}
        </select>
      </label>
      <label
        >${t(locale, 'filterArea')}
        <select name="area">
          ${option('', t(locale, 'any'), this.filterArea)}
          ${areas.map((a) => option(a, occupationAreaLabel(a, locale), this.filterArea))}
        </select>
      </label>
      <label
        >${t(locale, 'filterDistrict')}
        <select name="district">
          ${option('', t(locale, 'any'), this.filterDistrict)}
          ${districts.map((d) => option(d.code, d.name[locale], this.filterDistrict))}
        </select>
      </label>
    </fieldset>`;
  }

  private renderCard(c: Competition, kiosk: boolean) {
    const locale = this.resolvedLocale;
    const title = this.text(c.title);
    return html`<li part="item">
      <article class="card" aria-labelledby=${`t-${c.id}`}>
        <div class="card-head">
          <h3 id=${`t-${c.id}`}>${title}</h3>
          <span class=${`badge status ${c.status}`}>${this.statusLabel(c.status)}</span>
        </div>
        <dl>
          <dt>${t(locale, 'colOccupation')}</dt>
          <dd>${this.text(c.occupation.name)}</dd>
          <dt>${t(locale, 'colLevel')}</dt>
          <dd>${this.levelLabel(c.level)}</dd>
          <dt>${t(locale, 'colOrganiser')}</dt>
          <dd>${this.text(c.organiser)}</dd>
          <dt>${t(locale, 'colVenue')}</dt>
          <dd>${this.venue(c)}</dd>
          <dt>${t(locale, 'colDates')}</dt>
          <dd>${this.dates(c)}</dd>
        </dl>
        ${
          kiosk || c.status === 'upcoming' || c.status === 'registration-open' || c.status === 'cancelled'
            ? nothing
            : html`<button
                part="open-button"
                class="secondary"
                data-id=${c.id}
                @click=${(e: Event) => this.open(c, e.currentTarget as HTMLElement)}
              >
                ${t(locale, 'open')}<span class="visually-hidden">: ${title}</span>
              </button>`
        }
      </article>
    </li>`;
  }

  private renderBoard(competition: Competition | null) {
    const locale = this.resolvedLocale;
    const kiosk = this.mode === 'kiosk';
    const board = this.shownBoard;
    const title = competition ? this.text(competition.title) : '';
    const canGoBack = !this.competitionId && !kiosk;
    return html`<section part="board" class="board" aria-labelledby="board-title">
      ${
        canGoBack
          ? html`<button part="back-button" class="link" @click=${this.back}>← ${t(locale, 'back')}</button>`
          : nothing
      }
      <div class="board-head">
        <h2 id="board-title" tabindex="-1">${title || this.competitionId || t(locale, 'loading')}</h2>
        ${
          competition
            ? html`<p class="meta">
                <span class=${`status ${competition.status}`}>${this.statusLabel(competition.status)}</span> ·
                ${this.text(competition.occupation.name)} · ${this.levelLabel(competition.level)} ·
                ${this.venue(competition)} · ${this.dates(competition)}
              </p>`
            : nothing
        }
        ${this.renderConnection(board)}
      </div>
      ${
        this.competitionId && !this.pinned && this.listError
          ? this.renderError(this.listError, () => void this.loadPinned(this.competitionId!))
          : nothing
      }
      ${this.renderNotice()}
      ${this.renderTable(board, title, kiosk)}
    </section>`;
  }

  private renderConnection(board: LiveBoard | null) {
    const locale = this.resolvedLocale;
    const status = this.live.status;
    const state =
      status === 'live' || status === 'polling'
        ? t(locale, 'live')
        : status === 'connecting' || status === 'idle'
          ? t(locale, 'connecting')
          : '';
    return html`<p part="status" class="connection" data-state=${status}>
      ${state ? html`<span class="dot" aria-hidden="true"></span><span class="state">${state}</span>` : nothing}
      ${board ? html`<span>${t(locale, 'updatedAt', { time: this.time(board.updatedAt) })}</span>` : nothing}
    </p>`;
  }

  private renderNotice() {
    const locale = this.resolvedLocale;
    const status = this.live.status;
    if (status === 'failed') return this.renderError(this.live.error, () => this.restartLive());
    if (status !== 'reconnecting' && status !== 'offline') return nothing;
    const text =
      status === 'offline' ? t(locale, 'offline', { time: this.receivedTime() }) : t(locale, 'reconnecting');
    return html`<p part="notice" class="notice" data-state=${status}>${text}</p>`;
  }

  private restartLive(): void {
    const api = this.api;
    const id = this.competitionId ?? this.currentCompetition?.id;
    this.live.stop();
    if (api && id) this.live.watch(api, id);
  }

  private renderError(error: unknown, retry: () => void) {
    const locale = this.resolvedLocale;
    return html`<div class="alert error" part="notice">
      <p>${t(locale, 'loadError', { message: this.errorMessage(error) })}</p>
      ${this.mode === 'kiosk' ? nothing : html`<button class="secondary" @click=${retry}>${t(locale, 'retry')}</button>`}
    </div>`;
  }

  private renderTable(board: LiveBoard | null, title: string, kiosk: boolean) {
    const locale = this.resolvedLocale;
    if (!board) {
      return this.live.status === 'failed'
        ? nothing
        : html`<div aria-busy="true">
            <span class="visually-hidden">${t(locale, 'loading')}</span>
            <span class="skeleton skeleton-row"></span>
          </div>`;
    }
    const ranked = orderStandings(board.entries);
    if (ranked.length === 0) return html`<p>${t(locale, 'noEntries')}</p>`;
    const pages = kiosk ? pageCount(ranked.length, this.kioskRows) : 1;
    const page = kiosk ? Math.min(this.kiosk.page, pages - 1) : 0;
    const rows = kiosk ? pageSlice(ranked, page, this.kioskRows) : ranked;
    const pager = pages > 1 ? t(locale, 'pageOf', { page: page + 1, pages }) : '';
    // One number of decimals for the whole board (every page), so scores line up: 94.0, 96.5.
    const digits = scoreDecimals(ranked.map((e) => e.score));
    const scores = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    return html`<div class="table-wrap" role="region" aria-labelledby="board-caption" tabindex="0">
        <table part="table">
          <caption id="board-caption" class="visually-hidden">
            ${t(locale, 'boardCaption', { title })}${pager ? html`<span class="visually-hidden">, ${pager}</span>` : nothing}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t(locale, 'colRank')}</th>
              <th scope="col">${t(locale, 'colContestant')}</th>
              <th scope="col" class="wide">${t(locale, 'colOrganisation')}</th>
              <th scope="col" class="wide">${t(locale, 'colDistrict')}</th>
              <th scope="col" class="num">${t(locale, 'colScore')}</th>
              <th scope="col">${t(locale, 'colMedal')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((e) => this.renderRow(e, scores))}
          </tbody>
        </table>
      </div>
      ${pager ? html`<p class="pager" aria-hidden="true">${pager}</p>` : nothing}`;
  }

  private renderRow(e: RankedEntry<Entry>, scores: Intl.NumberFormat) {
    const locale = this.resolvedLocale;
    const h = this.highlights.get(e.contestant.id);
    const change = h && h.until > Date.now() ? h.change : null;
    const district = this.districtLabel(e.contestant.districtCode);
    return html`<tr part="row" class=${change ? 'changed' : ''} data-contestant-id=${e.contestant.id}>
      <td class="rank">
        <span class="rank-number">${e.rank}</span>${e.tied ? html`<span class="tie">${t(locale, 'tied')}</span>` : nothing}
        ${change ? this.renderMove(change) : nothing}
      </td>
      <th scope="row">
        ${e.contestant.name}
        <span class="sub">${e.contestant.organisation} · ${district}</span>
      </th>
      <td class="wide">${e.contestant.organisation}</td>
      <td class="wide">${district}</td>
      <td class="num">${scores.format(e.score)}</td>
      <td>${this.renderMedal(e.medal)}</td>
    </tr>`;
  }

  private renderMove(change: Change) {
    const locale = this.resolvedLocale;
    if (change.movement === 'up' || change.movement === 'down') {
      const n = Math.abs(change.delta);
      const label = t(locale, change.movement === 'up' ? 'movedUp' : 'movedDown', { n });
      return html`<span class=${`move ${change.movement}`}
        ><span aria-hidden="true">${change.movement === 'up' ? '▲' : '▼'}${n}</span
        ><span class="visually-hidden">${label}</span></span
      >`;
    }
    if (change.movement === 'new') return html`<span class="move new">${t(locale, 'newEntry')}</span>`;
    return nothing;
  }

  private renderMedal(medal: Entry['medal']) {
    const locale = this.resolvedLocale;
    if (!medal) {
      return html`<span class="muted"
        ><span aria-hidden="true">—</span><span class="visually-hidden">${t(locale, 'noMedal')}</span></span
      >`;
    }
    const key = medal === 'gold' ? 'medalGold' : medal === 'silver' ? 'medalSilver' : 'medalBronze';
    return html`<span part="medal" class=${`medal ${medal}`}
      ><span class="disc" aria-hidden="true"></span>${t(locale, key)}</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'skills-competition-board': SkillsCompetitionBoard;
  }
  interface HTMLElementEventMap {
    'skills-competition-select': CustomEvent<CompetitionSelectDetail>;
  }
}
