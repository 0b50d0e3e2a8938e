import { z } from 'zod';
import { editGrantSchema, type Grant } from '../../../api/contract/shared-access';
import { grantEndDateProblem, needsManagerForEdit } from '../../../lib/shared-access-rules';

/** The contract's fields as the form holds them (empty text for none), with the shared rules. */
export function editFormSchema(base: Grant, age: number, today: string) {
  const { scope, until, confidentialReason } = editGrantSchema.shape;
  return z
    .object({
      scope,
      until: z
        .string()
        .transform((v) => v || null)
        .pipe(until),
      confidentialReason: z
        .string()
        .transform((v) => (v.trim() ? v : null))
        .pipe(confidentialReason),
    })
    .superRefine((v, ctx) => {
      const end =
        v.until === base.until
          ? null
          : grantEndDateProblem(v.until, { today, legalDocument: base.legalDocument });
      if (end) ctx.addIssue({ code: 'custom', path: ['until'], message: end });
      if (needsManagerForEdit(age, base.scope, v.scope) && !v.confidentialReason) {
        ctx.addIssue({
          code: 'custom',
          path: ['confidentialReason'],
          message: 'Give the reason for including confidential categories.',
        });
      }
    });
}
export type EditValues = z.input<ReturnType<typeof editFormSchema>>;
export type EditOutput = z.output<ReturnType<typeof editFormSchema>>;

export const valuesOf = (g: Grant): EditValues => ({
  scope: [...g.scope],
  until: g.until ?? '',
  confidentialReason: '',
});
