import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The services are what a backend team would port: they must not depend on MSW, on HTTP
// responses, or on the mock's global store.
const dir = import.meta.dirname;
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

describe('domain services', () => {
  it.each(sources.map((s) => [s.file, s.text] as const))(
    '%s uses no MSW, no Response and no global store',
    (_file, text) => {
      expect(text).not.toMatch(/from ['"]msw/);
      expect(text).not.toMatch(/\bHttpResponse\b|new Response\(/);
      // Types from ../db are fine; the module-level `db` value is not.
      expect(text).not.toMatch(/import \{[^}]*\bdb\b[^}]*\} from ['"]\.\.\/db['"]/);
      expect(text).not.toMatch(/from ['"]\.\.\/http['"]/);
    },
  );
});
