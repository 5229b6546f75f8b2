export type Politeness = 'polite' | 'assertive';

/**
 * Two visually hidden live regions appended to a shadow root once (outside the element's Lit
 * template, so re-renders never disturb them). Screen readers only speak changes to a region
 * that already exists, hence creating them on connect rather than on the first message.
 */
export class LiveRegion {
  #polite: HTMLElement;
  #assertive: HTMLElement;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: ShadowRoot | HTMLElement) {
    const doc = root.ownerDocument ?? document;
    this.#polite = region(doc, 'status', 'polite');
    this.#assertive = region(doc, 'alert', 'assertive');
    root.append(this.#polite, this.#assertive);
  }

  announce(text: string, politeness: Politeness = 'polite'): void {
    const target = politeness === 'assertive' ? this.#assertive : this.#polite;
    const other = politeness === 'assertive' ? this.#polite : this.#assertive;
    other.textContent = '';
    // Clear first so the same sentence twice is spoken twice.
    target.textContent = '';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      target.textContent = text;
    }, 50);
  }

  /** The text currently in a region (tests read it). */
  text(politeness: Politeness = 'polite'): string {
    return (politeness === 'assertive' ? this.#assertive : this.#polite).textContent ?? '';
  }
}

function region(doc: Document, role: string, live: Politeness): HTMLElement {
  const el = doc.createElement('div');
  el.setAttribute('role', role);
  el.setAttribute('aria-live', live);
  el.setAttribute('aria-atomic', 'true');
  el.className = 'visually-hidden';
  el.dataset.liveRegion = live;
  return el;
}
