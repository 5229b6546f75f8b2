import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host when any `lang` attribute in the document changes: an ancestor's lang (or
 * <html lang>) changing can mean a new locale, and switching locale re-renders in place.
 */
export class LangChangeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.#host.requestUpdate());
    // Every ancestor's lang matters (resolveLocale uses the nearest one); subtree on the
    // document element sees them all. Cheap: only `lang` attribute changes are reported.
    this.#observer.observe(this.#host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
