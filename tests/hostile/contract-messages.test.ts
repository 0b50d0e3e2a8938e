import { describe, expect, it } from 'vitest';
import { HOSTILE_CORPUS, ZOD_DEFAULT_PHRASES } from './corpus';
import { schemasUnderTest, stringInvariantViolations } from './contract-bodies';

const NON_STRINGS: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  Number.POSITIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  {},
  [],
  ['a'],
  { nested: '<script>' },
];

describe('Every request schema of the contract against hostile values', () => {
  const all = schemasUnderTest();
  let tried = 0;
  let refused = 0;

  it.each(all.map((s) => [`${s.id} ${s.kind}`, s] as const))(
    '%s: refuses with plain messages naming the field, or accepts clean text',
    (_name, { schema, valid, fields }) => {
      expect(schema.safeParse(valid).success).toBe(true);
      for (const field of fields) {
        for (const value of [...HOSTILE_CORPUS, ...NON_STRINGS]) {
          tried += 1;
          const result = schema.safeParse({ ...valid, [field]: value });
          if (result.success) {
            expect(
              stringInvariantViolations(result.data),
              String(JSON.stringify(value)).slice(0, 80),
            ).toEqual([]);
            continue;
          }
          refused += 1;
          for (const issue of result.error.issues) {
            expect(issue.path.length, `${field}: ${issue.message}`).toBeGreaterThan(0);
            for (const phrase of ZOD_DEFAULT_PHRASES) {
              expect(
                issue.message,
                `${field} = ${String(JSON.stringify(value)).slice(0, 60)}`,
              ).not.toMatch(phrase);
            }
          }
        }
      }
      for (const body of [null, 'text', 42, [], undefined]) {
        const result = schema.safeParse(body);
        expect(result.success).toBe(false);
        for (const issue of result.error?.issues ?? []) {
          for (const phrase of ZOD_DEFAULT_PHRASES) expect(issue.message).not.toMatch(phrase);
        }
      }
    },
  );

  it('tried a hostile value in every field of every schema', () => {
    const fields = all.reduce((n, s) => n + s.fields.length, 0);
    expect(tried).toBe(fields * (HOSTILE_CORPUS.length + NON_STRINGS.length));
    expect(refused).toBeGreaterThan(0);
    console.info(`contract: ${tried} values tried over ${fields} fields, ${refused} refused`);
  });
});
