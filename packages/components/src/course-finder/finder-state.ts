// The finder's search as plain data, its API query, and its place in the page's URL.

/** `relevance` ranks by the search words, and falls back to `start-date` when there are none. */
export type SortOrder = 'relevance' | 'start-date' | 'placement-rate' | 'fee' | 'seats-left';
export const sortOrders: readonly SortOrder[] = [
  'relevance',
  'start-date',
  'placement-rate',
  'fee',
  'seats-left',
];

/** The select filters, in the order they are shown; each is also a query parameter. */
export const selectFilters = [
  'district',
  'cluster',
  'occupation',
  'level',
  'style',
  'format',
  'schedule',
  'group',
] as const;
export type SelectFilter = (typeof selectFilters)[number];

export interface FinderSearch {
  q: string;
  district: string;
  /** The occupation area: an industry cluster code (`advanced-manufacturing`, …). */
  cluster: string;
  occupation: string;
  level: string;
  style: string;
  format: string;
  schedule: string;
  group: string;
  subsidised: boolean;
  startFrom: string;
  sort: SortOrder;
}

export const emptySearch: FinderSearch = {
  q: '',
  district: '',
  cluster: '',
  occupation: '',
  level: '',
  style: '',
  format: '',
  schedule: '',
  group: '',
  subsidised: false,
  startFrom: '',
  sort: 'relevance',
};

/** Values the host fixed through attributes; they override the visitor's choices. */
export interface FinderPins {
  providerId?: string;
  district?: string;
  style?: string;
  group?: string;
}

export type CourseQueryParams = Record<string, string | number | boolean>;

/** The GET /v1/courses query for a search (cursor excluded). */
export function toCourseQuery(search: FinderSearch, pins: FinderPins, limit: number): CourseQueryParams {
  const query: CourseQueryParams = { limit };
  const q = search.q.trim();
  if (q) query.q = q;
  for (const key of selectFilters) {
    const value = (key in pins && pins[key as keyof FinderPins]) || search[key];
    if (value) query[key] = key === 'level' ? Number(value) : value;
  }
  if (pins.providerId) query.provider = pins.providerId;
  if (search.subsidised) query.subsidised = true;
  if (search.startFrom) query.startFrom = search.startFrom;
  if (search.sort !== 'relevance') query.sort = search.sort;
  else query.sort = q ? 'relevance' : 'start-date'; // relevance means nothing without words
  return query;
}

/** How many filters the visitor set (pins excluded), for the disclosure's label. */
export function activeFilterCount(search: FinderSearch, pins: FinderPins): number {
  let n = 0;
  for (const key of selectFilters) if (search[key] && !(key in pins && pins[key as keyof FinderPins])) n++;
  if (search.subsidised) n++;
  if (search.startFrom) n++;
  return n;
}

// ---- URL sync ---------------------------------------------------------------------------------
// Parameters carry a prefix so they do not collide with the host page's own. The target group
// ("I am a…": disabled, registered unemployed, …) says something about the visitor, so it is
// personal data and never goes into the URL, where it would end up in history, logs and Referer.
const PREFIX = 'course.';
const urlKeys = [
  'q',
  'district',
  'cluster',
  'occupation',
  'level',
  'style',
  'format',
  'schedule',
  'startFrom',
  'sort',
] as const;

/** Reads a search from a query string; unknown or malformed values are ignored. */
export function searchFromUrl(params: URLSearchParams): FinderSearch {
  const search: FinderSearch = { ...emptySearch };
  for (const key of urlKeys) {
    const value = params.get(PREFIX + key);
    if (value === null) continue;
    if (key === 'sort') {
      if ((sortOrders as readonly string[]).includes(value)) search.sort = value as SortOrder;
    } else if (key === 'startFrom') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) search.startFrom = value;
    } else {
      search[key] = value.slice(0, 100);
    }
  }
  search.subsidised = params.get(`${PREFIX}subsidised`) === '1';
  return search;
}

/** Writes a search into a URL's query string, leaving the host's own parameters alone. */
export function searchToUrl(search: FinderSearch, url: URL): URL {
  const next = new URL(url.href);
  for (const key of [...urlKeys, 'subsidised', 'group']) next.searchParams.delete(PREFIX + key);
  for (const key of urlKeys) {
    const value = key === 'q' ? search.q.trim() : search[key];
    if (value && !(key === 'sort' && value === 'relevance')) next.searchParams.set(PREFIX + key, value);
  }
  if (search.subsidised) next.searchParams.set(`${PREFIX}subsidised`, '1');
  return next;
}
