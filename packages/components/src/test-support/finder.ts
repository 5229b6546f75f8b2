// Helpers for <skills-course-finder> tests: wait for a settled state and read what is shown.
import type { SkillsCourseFinder } from '../course-finder/skills-course-finder.js';
import { until } from './sandbox.js';

/** Waits until the finder has finished loading (ready or error) and rendered it. */
export async function settled(el: SkillsCourseFinder, timeout = 15000): Promise<void> {
  await el.updateComplete;
  await until(() => el.status === 'ready' || el.status === 'error', timeout, 'the finder to settle');
  await el.updateComplete;
}

/**
 * Runs `action` (typing, choosing a filter, "load more") and waits for the new results. Keyed on
 * the results array, which every completed search replaces, so a fast answer is never missed.
 */
export async function afterSearch(
  el: SkillsCourseFinder,
  action: () => void,
  timeout = 15000,
): Promise<void> {
  const before = el.results;
  action();
  await until(() => el.results !== before || el.status === 'error', timeout, 'new results');
  await settled(el, timeout);
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** The titles as rendered. */
export function titles(el: SkillsCourseFinder): string[] {
  return [...shadow(el).querySelectorAll('.title-button')].map((b) => b.textContent?.trim() ?? '');
}

/** Sets a select filter the way a user does: a value, then a change event. */
export function choose(el: SkillsCourseFinder, id: string, value: string): void {
  const select = shadow(el).querySelector<HTMLSelectElement | HTMLInputElement>(`#${id}`);
  if (!select) throw new Error(`no control #${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The options of a select with a non-empty value, as { value, text }. */
export function options(el: SkillsCourseFinder, id: string): { value: string; text: string }[] {
  return [...shadow(el).querySelectorAll<HTMLOptionElement>(`#${id} option`)]
    .filter((o) => o.value)
    .map((o) => ({ value: o.value, text: o.textContent?.trim() ?? '' }));
}

/** Reads the count in an option label such as "清江浦区（45）" or "Qingjiangpu (45)". */
export function countIn(text: string): number {
  const match = /[（(]([\d,]+)[）)]\s*$/.exec(text);
  return match ? Number(match[1]?.replace(/,/g, '')) : Number.NaN;
}
