import type { Locale } from '../models.js';
import type { Transport } from '../transport.js';

/** What every resource gets from its client. */
export interface ResourceContext {
  readonly transport: Transport;
  readonly locale: Locale;
}

export const segment = (id: string): string => encodeURIComponent(id);
