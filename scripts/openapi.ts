import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { buildOpenApiDocument } from './openapi/document';

/** `npm run openapi`: writes openapi.json from the zod contract, formatted as `npm run format` would. */
const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
const doc = buildOpenApiDocument();
writeFileSync(target, await format(JSON.stringify(doc), { parser: 'json', printWidth: 100 }));
const operations = Object.values(doc.paths as Record<string, object>).reduce(
  (n, ops) => n + Object.keys(ops).length,
  0,
);
console.log(`openapi.json written: ${operations} operations.`);
