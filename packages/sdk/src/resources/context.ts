import type { Locale } from '../models.js';
import type { Transport } from '../transport.js';
import type { InputValidator } from '../validator.js';

/** What every resource gets from its client. */
export interface ResourceContext {
  readonly transport: Transport;
  readonly locale: Locale;
  /** Client-side input checks; `undefined` in the core client (the server validates). */
  readonly validator: InputValidator | undefined;
}

export const segment = (id: string): string => encodeURIComponent(id);
