// Drives <skills-enrolment-form> through its steps from a story's play function, the way a
// person would (typing into its fields, choosing, pressing Next/Submit), so that states reached
// only after submitting — the receipt, waitlisted, server validation errors — have stories.
// The ID number is a synthetic test value with a valid check digit.
import { frame, until } from './until.js';

export const TEST_APPLICANT = {
  name: '王小明',
  citizenId: '320802199001011230',
  mobile: '13812345678',
  districtCode: '320812',
};

function setValue(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  el.dispatchEvent(new FocusEvent('blur'));
}

/** Fills every field of the step on screen with plausible answers. */
function fillStep(root: ShadowRoot) {
  const known: Record<string, string> = {
    'applicant.name': TEST_APPLICANT.name,
    'applicant.citizenId': TEST_APPLICANT.citizenId,
    'applicant.mobile': TEST_APPLICANT.mobile,
    'applicant.districtCode': TEST_APPLICANT.districtCode,
  };
  const radioGroups = new Set<string>();
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    'input[name], select[name], textarea[name]',
  )) {
    const name = el.getAttribute('name')!;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (!radioGroups.has(name) && !root.querySelector(`input[name="${name}"]:checked`)) el.click();
      radioGroups.add(name);
    } else if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      // Consent boxes must be ticked; optional multi-choice lists can stay as they are.
      if (!el.checked && (el.required || /consent|agree/i.test(name))) el.click();
    } else if (el instanceof HTMLSelectElement) {
      if (!el.value) setValue(el, known[name] ?? [...el.options].find((o) => o.value)?.value ?? '');
    } else if (!el.value) {
      setValue(el, known[name] ?? (el.type === 'number' ? '1' : '是'));
    }
  }
}

/** Fills the step on screen (the first, once the course has loaded) without pressing Next. */
export async function fillCurrentStep(form: HTMLElement): Promise<ShadowRoot> {
  const root = await until(() => form.shadowRoot);
  await until(() => root.querySelector('form [name]'), 8000);
  fillStep(root);
  await frame();
  return root;
}

/**
 * Completes the form step by step until it shows a receipt, a submission failure, an error
 * summary (client or server validation) or why the applicant is not eligible; returns the element.
 */
export async function completeForm(form: HTMLElement & { currentStep?: string }): Promise<HTMLElement> {
  const root = await until(() => form.shadowRoot);
  await until(() => root.querySelector('form [name]'), 8000);
  const finished = () =>
    root.querySelector('[part~="receipt"], [part~="failure"], [part~="error-summary"], [part~="ineligible"]');
  for (let i = 0; i < 8 && !finished(); i++) {
    const before = form.currentStep;
    fillStep(root);
    await frame();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await until(() => finished() ?? (form.currentStep !== before ? 'moved' : null), 5000).catch(() => null);
    await frame();
  }
  return form;
}
