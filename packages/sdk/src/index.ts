// @skills-huaian/sdk: the typed client for the Skills Huai'an API, for browsers and Node 20+.
// Everything of the core entry, with `createClient` validating input with @skills-huaian/schemas
// before sending. Public exports belong in core.ts; only the validation lives here.
export * from './core.js';
export { schemaValidator } from './schema-validator.js';
export { createClient } from './validating-client.js';
