// The autoloader: registers an element only when its tag first appears in the page, so a page
// that shows a course finder never downloads the competition board. One small module; each
// element's code is a separate chunk fetched on demand.

/** Tag → element folder. The folder holds `define.js`, the element's only side-effecting module. */
const folders: Record<string, string> = {
  'skills-provider': 'provider',
  'skills-course-finder': 'course-finder',
  'skills-enrolment-form': 'enrolment-form',
  'skills-competition-board': 'competition-board',
};

const requested = new Set<string>();

/** Imports the element's define module once. A template literal lets bundlers split per folder. */
function load(tag: string): void {
  const folder = folders[tag];
  if (!folder || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  import(`./${folder}/define.js`).catch((error: unknown) => {
    requested.delete(tag); // let a later appearance retry, e.g. after a network blip
    console.warn(`[skills-huaian] could not load <${tag}>`, error);
  });
}

/** Loads every known, not yet defined tag at or under `root`. */
function scan(root: Element | Document): void {
  if (root instanceof Element && root.localName in folders) load(root.localName);
  for (const tag of Object.keys(folders)) {
    if (!requested.has(tag) && root.querySelector(tag)) load(tag);
  }
}

/** A course finder in `enrol-mode="dialog"` renders the form inside its shadow root, where no
 * observer of the page sees it appear: load the form when enrolment is asked for. */
const loadForm = () => load('skills-enrolment-form');

/** Starts watching `root` (the document by default); returns a function that stops watching. */
export function startAutoloader(root: Document | Element = document): () => void {
  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  root.addEventListener('skills-enrol-request', loadForm);
  return () => {
    observer.disconnect();
    root.removeEventListener('skills-enrol-request', loadForm);
  };
}

/** The tags the autoloader knows. */
export const autoloadedTags: readonly string[] = Object.keys(folders);

// Importing the module is the opt-in: a `<script type="module" src=".../autoloader.js">` is all
// a page needs. Guarded so that importing it in Node (SSR, tests) does nothing.
if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') startAutoloader();
