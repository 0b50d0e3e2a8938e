import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver, UseFormReturn, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import {
  addLinkingRecordSchema,
  addLinkingRecordsSchema,
  type AddLinkingRecords,
} from '../../../api/contract/family-linking';
import { ApiError } from '../../../api/errors';
import type { LinkingRule } from '../../../lib/family-linking-rules';

// The records step's choices as typed, one per record, keyed by patient id. A field exists only
// once its input has been shown (a child's row has no reason): until then it counts as empty.
const typed = z.string().default('');
const typedChoice = z.object({
  link: z.boolean().default(false),
  reason: typed,
  override: z
    .object({ type: typed, documentDate: typed, expiresOn: typed })
    .default({ type: '', documentDate: '', expiresOn: '' }),
});
type TypedChoice = z.output<typeof typedChoice>;

/** What each record on screen needs, by patient id: the form passes it to its resolver. */
export type RulesByRecord = ReadonlyMap<string, LinkingRule>;

/** The fields a record's row shows, named as the contract names them. */
export type ChoiceField =
  'reason' | 'override.type' | 'override.documentDate' | 'override.expiresOn';

/**
 * One record as the API takes it: a reason only where the rule asks for one (12–17, or an adult
 * overridden), the legal authority only for an adult. A record whose rule is not known here (a
 * search result no longer shown) goes as it is, and the API applies the rule.
 */
function toRecord(patientId: string, c: TypedChoice, rule: LinkingRule | undefined) {
  return {
    patientId,
    reason: rule === 'adult' || rule === 'adolescent' ? c.reason : null,
    override:
      rule === 'adult'
        ? {
            type: c.override.type || undefined,
            documentDate: c.override.documentDate,
            expiresOn: c.override.expiresOn || null,
          }
        : null,
  };
}

/**
 * The ticked records, checked with the contract's own rules; each message lands under the field
 * it names (`records.<patientId>.reason`).
 */
export function recordsFormSchema(rules: RulesByRecord) {
  return z
    .object({ records: z.record(z.string(), typedChoice) })
    .transform((form, ctx) => {
      const records: AddLinkingRecords['records'] = [];
      for (const [patientId, choice] of Object.entries(form.records)) {
        if (!choice.link) continue;
        const parsed = addLinkingRecordSchema.safeParse(
          toRecord(patientId, choice, rules.get(patientId)),
        );
        if (parsed.success) records.push(parsed.data);
        else
          for (const issue of parsed.error.issues)
            ctx.addIssue({
              code: 'custom',
              message: issue.message,
              path: ['records', patientId, ...issue.path],
            });
      }
      return { records };
    })
    .pipe(addLinkingRecordsSchema);
}

export type RecordsFormInput = z.input<ReturnType<typeof recordsFormSchema>>;
export type RecordsForm = UseFormReturn<RecordsFormInput, RulesByRecord, AddLinkingRecords>;

/** The schema depends on the rows on screen, which the form passes as its context. */
export const recordsResolver: Resolver<RecordsFormInput, RulesByRecord, AddLinkingRecords> = (
  values,
  rules,
  options,
) => zodResolver(recordsFormSchema(rules ?? new Map()))(values, rules, options);

const RECORD_FIELD =
  /^records\.(\d+)\.(reason|override\.type|override\.documentDate|override\.expiresOn)$/;

/**
 * The API names a record's field by its place in the request (`records.2.reason`), the form by
 * the record: put each message under the row it is about.
 */
export function showRecordErrors(
  error: unknown,
  sent: AddLinkingRecords,
  setError: UseFormSetError<RecordsFormInput>,
): void {
  if (!(error instanceof ApiError)) return;
  for (const { field, message } of error.fieldErrors) {
    const match = RECORD_FIELD.exec(field);
    const patientId = match && sent.records[Number(match[1])]?.patientId;
    if (match && patientId)
      setError(`records.${patientId}.${match[2] as ChoiceField}`, { message });
    else if (field === 'records') setError('records', { message });
  }
}
