import {
  CONFIDENTIAL_CATEGORIES,
  type CarePartner,
  type Grant,
  type GrantStatus,
  type LegalDocument,
  type ScopeCategory,
  type SharedAccessWarning,
} from '../api/contract/shared-access';
import { formatDate } from './format';

/**
 * The warnings on a shared-access request, written once over contract types: the review screen
 * shows them and the API records them with the decision (and refuses what they block).
 */

export interface RequestFacts {
  patient: { email: string | null; age: number };
  carePartner: Pick<CarePartner, 'name' | 'email' | 'relationship'>;
  scope: readonly ScopeCategory[];
  legalDocument: LegalDocument | null;
  /** Today's date (YYYY-MM-DD) on the server's clock. */
  today: string;
}

type WarningGrant = Pick<Grant, 'id' | 'status'> & {
  carePartner: Pick<CarePartner, 'email' | 'name'>;
};

const same = (a: string | null | undefined, b: string | null | undefined) =>
  Boolean(a?.trim()) && a?.trim().toLowerCase() === b?.trim().toLowerCase();

/** The care partner would be logging in as the patient: credential sharing. */
export function sharesPatientEmail(f: {
  patient: { email: string | null };
  carePartner: { email: string };
}): boolean {
  return same(f.patient.email, f.carePartner.email);
}

export function isAdolescent(age: number): boolean {
  return age >= 12 && age <= 17;
}

export function confidentialIn(scope: readonly ScopeCategory[]): ScopeCategory[] {
  return scope.filter((c) => CONFIDENTIAL_CATEGORIES.includes(c));
}

/** For a 12–17 patient the review starts without the confidential categories. */
export function defaultReviewScope(scope: readonly ScopeCategory[], age: number): ScopeCategory[] {
  return isAdolescent(age) ? scope.filter((c) => !CONFIDENTIAL_CATEGORIES.includes(c)) : [...scope];
}

/** Including confidential categories for a 12–17 patient needs a clinic manager and a reason. */
export function needsManagerForScope(age: number, scope: readonly ScopeCategory[]): boolean {
  return isAdolescent(age) && confidentialIn(scope).length > 0;
}

/**
 * A grant staff can still change: active, or invited and not yet accepted (the duplicate rule
 * counts both as access the care partner already has). Revoked and ended grants are history.
 */
export function isEditableGrant(status: GrantStatus): boolean {
  return status === 'active' || status === 'invited';
}

/** The categories a change of scope adds. */
export function addedCategories(
  before: readonly ScopeCategory[],
  after: readonly ScopeCategory[],
): ScopeCategory[] {
  return after.filter((c) => !before.includes(c));
}

/**
 * Editing a grant follows the approval's rule for what it adds: confidential categories kept
 * (a manager included them already) or taken out need nobody; adding one for a 12–17 patient does.
 */
export function needsManagerForEdit(
  age: number,
  before: readonly ScopeCategory[],
  after: readonly ScopeCategory[],
): boolean {
  return needsManagerForScope(age, addedCategories(before, after));
}

/**
 * What is wrong with a grant's new end date, or null: it must be after today, and a grant that
 * rests on a legal document cannot outlast it.
 */
export function grantEndDateProblem(
  until: string | null,
  f: { today: string; legalDocument: Pick<LegalDocument, 'expiresOn'> | null },
): string | null {
  if (!until) return null;
  if (until <= f.today) return 'The end date must be after today.';
  const expires = f.legalDocument?.expiresOn;
  if (expires && until > expires) {
    return `The end date cannot be after the legal document expires (${formatDate(expires)}).`;
  }
  return null;
}

/** An active (or invited) grant for the same care partner on this patient. */
export function duplicateGrant<G extends WarningGrant>(
  carePartner: Pick<CarePartner, 'email' | 'name'>,
  grants: readonly G[],
): G | null {
  return (
    grants.find(
      (g) =>
        (g.status === 'active' || g.status === 'invited') &&
        (same(g.carePartner.email, carePartner.email) ||
          same(g.carePartner.name, carePartner.name)),
    ) ?? null
  );
}

export function legalDocumentProblem(
  f: Pick<RequestFacts, 'carePartner' | 'legalDocument' | 'today'>,
): 'missing' | 'expired' | null {
  const r = f.carePartner.relationship;
  if (r !== 'legal_guardian' && r !== 'healthcare_poa') return null;
  if (!f.legalDocument) return 'missing';
  if (f.legalDocument.expiresOn && f.legalDocument.expiresOn < f.today) return 'expired';
  return null;
}

export function requestWarnings(
  f: RequestFacts,
  grants: readonly WarningGrant[],
): SharedAccessWarning[] {
  const out: SharedAccessWarning[] = [];
  if (sharesPatientEmail(f)) {
    out.push({
      code: 'shared_email',
      title: "The care partner's email is the patient's own",
      detail:
        "This is credential sharing: the care partner would be using the patient's login. They need their own login. Enter the care partner's own email address to approve.",
      blocksApproval: true,
      grantId: null,
    });
  }
  if (isAdolescent(f.patient.age)) {
    out.push({
      code: 'adolescent',
      title: `The patient is ${f.patient.age} (12–17)`,
      detail:
        'Visit notes, test results and messaging are confidential for adolescents and are left out by default. Including them needs a clinic manager and a reason.',
      blocksApproval: false,
      grantId: null,
    });
  }
  const dup = duplicateGrant(f.carePartner, grants);
  if (dup) {
    out.push({
      code: 'duplicate_grant',
      title: `${f.carePartner.name} already has shared access to this patient`,
      detail:
        'Change the existing grant’s scope or end date instead of creating a second one, then deny this request as a duplicate.',
      blocksApproval: true,
      grantId: dup.id,
    });
  }
  const doc = legalDocumentProblem(f);
  if (doc) {
    out.push({
      code: 'legal_document',
      title: doc === 'missing' ? 'No legal document on file' : 'The legal document has expired',
      detail:
        doc === 'missing'
          ? 'A guardian or power of attorney needs the guardianship or power-of-attorney document. Ask for it (Needs information) or confirm the patient’s own consent.'
          : 'The guardianship or power-of-attorney document is past its expiry date. Ask for a current one (Needs information) or confirm the patient’s own consent.',
      blocksApproval: false,
      grantId: null,
    });
  }
  if (f.patient.age >= 18 && f.carePartner.relationship === 'parent') {
    out.push({
      code: 'adult_parent',
      title: 'The patient is an adult',
      detail:
        'A parent has no automatic access to an adult’s record. The patient, who is 18 or older, must consent to it themselves.',
      blocksApproval: false,
      grantId: null,
    });
  }
  return out;
}
