export { citizenIdCheckChar, isValidCitizenId } from './citizen-id.js';
