// The main entry's `createClient`: the core client with schema validation plugged in by default.
import { type Client, type ClientOptions, createClient as createCoreClient } from './client.js';
import { schemaValidator } from './schema-validator.js';

/**
 * Creates a client. Throws at once (no request made) for a missing key or base URL, and for a
 * secret key in a browser page. Input is validated before sending with @skills-huaian/schemas
 * (`schemaValidator`) unless you pass another `validator`; `@skills-huaian/sdk/core` has the
 * same client without it.
 */
export function createClient(options: ClientOptions): Client {
  return createCoreClient({ ...options, validator: options.validator ?? schemaValidator });
}
