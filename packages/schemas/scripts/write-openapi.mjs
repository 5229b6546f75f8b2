// Writes dist/openapi.json from the built package (run after tsc by `pnpm build`).
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../dist/index.js';

const target = new URL('../dist/openapi.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
