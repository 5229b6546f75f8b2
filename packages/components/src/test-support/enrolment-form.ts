// Shared helpers for the enrolment-form tests (in test-support, which the build leaves out).
// Everything talks to the real sandbox server.
import { fixture, html } from '@open-wc/testing';
import { citizenIdCheckChar } from '@skills-huaian/schemas';
import { apiBase, PK, until } from './sandbox.js';
import '../enrolment-form/define.js';
import type { SkillsEnrolmentForm } from '../enrolment-form/enrolment-form.js';
import { fieldId } from '../enrolment-form/field-errors.js';

export { apiBase, PK, until };

/** Demo courses of the sandbox seed (packages/server/README.md, "Demo data and keys"). */
export const COURSES = {
  open: 'crs_demo_open',
  orderClass: 'crs_demo_order_class',
  full: 'crs_demo_full',
  restricted: 'crs_demo_restricted',
  overlapA: 'crs_demo_overlap_a',
  overlapB: 'crs_demo_overlap_b',
} as const;

export interface Person {
  name: string;
  citizenId: string;
  mobile: string;
  birthDate: string;
  sex: 'male' | 'female';
}

// A per-page random base plus a counter: every person in a run has their own ID number, and
// a run never meets a number from another run (the sandbox is in memory anyway).
const base = crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000_000;
let counter = 0;

/** A made-up applicant with a valid citizen ID number (check digit from the schemas). */
export function newPerson(opts: { birthYear?: number; sex?: 'male' | 'female' } = {}): Person {
  const n = base + counter++;
  const year = opts.birthYear ?? 1986 + (n % 14);
  const month = 1 + (Math.floor(n / 14) % 12);
  const day = 1 + (Math.floor(n / 168) % 28);
  let seq = Math.floor(n / 4704) % 1000;
  if (opts.sex && (seq % 2 === 1) !== (opts.sex === 'male')) seq = (seq + 1) % 1000;
  const p2 = (x: number) => String(x).padStart(2, '0');
  const birthDate = `${year}-${p2(month)}-${p2(day)}`;
  const first17 = `320812${year}${p2(month)}${p2(day)}${String(seq).padStart(3, '0')}`;
  const mobile = `139${String(n % 100_000_000).padStart(8, '0')}`;
  return {
    name: '测试申请人',
    citizenId: first17 + citizenIdCheckChar(first17),
    mobile,
    birthDate,
    sex: seq % 2 === 1 ? 'male' : 'female',
  };
}

/** An ID number with the right check digit for any 17 digits (to build invalid dates etc.). */
export function withCheckDigit(first17: string): string {
  return first17 + citizenIdCheckChar(first17);
}

export async function mountForm(
  courseId: string,
  opts: { locale?: string; setup?: (el: SkillsEnrolmentForm) => void } = {},
): Promise<SkillsEnrolmentForm> {
  const el = await fixture<SkillsEnrolmentForm>(html`<skills-enrolment-form
    api-base=${apiBase}
    publishable-key=${PK}
    course-id=${courseId}
    privacy-notice-href="/privacy-notice"
    locale=${opts.locale ?? 'zh-CN'}
  ></skills-enrolment-form>`);
  opts.setup?.(el);
  await until(() => root(el).querySelector('form'), 10000, 'the form to load');
  await el.updateComplete;
  return el;
}

export function root(el: SkillsEnrolmentForm): ShadowRoot {
  return el.shadowRoot!;
}

export function $(el: SkillsEnrolmentForm, selector: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(selector);
}

export function field(el: SkillsEnrolmentForm, path: string): HTMLInputElement {
  const f = root(el).querySelector<HTMLInputElement>(`#${fieldId(path)}`);
  if (!f) throw new Error(`no field ${path} on step ${el.currentStep}`);
  return f;
}

/** Types a value as a person would (input event), then leaves the field (blur). */
export async function typeInto(
  el: SkillsEnrolmentForm,
  path: string,
  value: string,
  blur = true,
): Promise<void> {
  const input = field(el, path);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (blur) input.dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
}

export async function choose(el: SkillsEnrolmentForm, path: string, value: string): Promise<void> {
  const select = field(el, path) as unknown as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Ticks the checkbox or radio of `path` whose value is `value` (or the only one). */
export async function tick(el: SkillsEnrolmentForm, path: string, value?: string): Promise<void> {
  const inputs = [...root(el).querySelectorAll<HTMLInputElement>(`input[name="${path}"]`)];
  const input = value === undefined ? inputs[0] : inputs.find((i) => i.value === value);
  if (!input) throw new Error(`no choice ${value} for ${path}`);
  input.click();
  await el.updateComplete;
}

export function errorText(el: SkillsEnrolmentForm, path: string): string {
  return $(el, `#${fieldId(path)}-error`)?.textContent?.trim() ?? '';
}

/** Presses the form's primary button (Next, or Submit on the last step). */
export async function pressPrimary(el: SkillsEnrolmentForm): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('.primary-actions button')!.click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

export async function fillApplicant(
  el: SkillsEnrolmentForm,
  person: Person,
  opts: { district?: string; groups?: string[] } = {},
): Promise<void> {
  await typeInto(el, 'applicant.name', person.name);
  await typeInto(el, 'applicant.citizenId', person.citizenId);
  await typeInto(el, 'applicant.mobile', person.mobile);
  await choose(el, 'applicant.districtCode', opts.district ?? '320812');
  for (const g of opts.groups ?? []) await tick(el, 'applicant.targetGroups', g);
}

export async function tickConsents(el: SkillsEnrolmentForm): Promise<void> {
  await tick(el, 'consent.purpose');
  await tick(el, 'consent.citizenId');
}

/** Waits for the receipt and returns the submitted event's detail. */
export function nextEvent<T>(el: EventTarget, type: string, timeout = 15000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event in ${timeout} ms`)), timeout);
    el.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Fetches a course straight from the API (to compare what the form shows). */
export async function getCourse(id: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${apiBase}/courses/${id}`, { headers: { authorization: `Bearer ${PK}` } });
  if (!res.ok) throw new Error(`course ${id}: HTTP ${res.status}`);
  return res.json();
}

/** What the page keeps in the browser: must never hold anything personal. */
export function browserStorageDump(): string {
  const dump = (s: Storage) =>
    Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`);
  return [...dump(localStorage), ...dump(sessionStorage), document.cookie, location.href].join('\n');
}
