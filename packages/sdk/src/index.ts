export { ApiError } from './errors.js';
