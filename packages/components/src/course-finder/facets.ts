// Facet counts as `Map<code, count>` per filter, whatever shape the server sends them in
// (`{ district: { "320812": 4 } }` or `{ district: [{ code, count }] }`).
export type FacetCounts = Partial<Record<string, Map<string, number>>>;

const aliases: Record<string, string> = {
  districts: 'district',
  districtCode: 'district',
  clusters: 'cluster',
  industryClusters: 'cluster',
  occupations: 'occupation',
  levels: 'level',
  styles: 'style',
  formats: 'format',
  schedules: 'schedule',
  groups: 'group',
  targetGroups: 'group',
};

export function normaliseFacets(raw: unknown): FacetCounts {
  const out: FacetCounts = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const counts = new Map<string, number>();
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item && typeof item === 'object' && 'code' in item && 'count' in item) {
          counts.set(String(item.code), Number(item.count));
        }
      }
    } else if (value && typeof value === 'object') {
      for (const [code, count] of Object.entries(value as Record<string, unknown>)) {
        if (typeof count === 'number') counts.set(code, count);
      }
    } else continue;
    out[aliases[key] ?? key] = counts;
  }
  return out;
}
