import type { Locale } from '@skills-huaian/schemas';
import type { ApiKeyRecord } from '../storage/types.js';

/** What the middleware puts on the request context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    locale: Locale;
    apiKey: ApiKeyRecord;
  };
}
