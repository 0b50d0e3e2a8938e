import { z } from 'zod';
import {
  decideRequestSchema,
  type DecideRequest,
  type ScopeCategory,
} from '../../../api/contract/shared-access';

/** What the decision form holds; the checklist and scope fields share it. */
export interface DecisionValues {
  decision: DecideRequest['decision'];
  identityVerified: boolean;
  identityMethod: string | null;
  consentConfirmed: boolean;
  consentMethod: string | null;
  scopeReviewed: boolean;
  scope: ScopeCategory[];
  endsOn: string;
  carePartnerEmail: string;
  confidentialReason: string;
  reason: string;
}

function toBody(v: DecisionValues, version: number): unknown {
  if (v.decision !== 'approve') return { decision: v.decision, version, reason: v.reason };
  return {
    decision: 'approve',
    version,
    identityVerified: v.identityVerified,
    identityMethod: v.identityMethod,
    consentConfirmed: v.consentConfirmed,
    consentMethod: v.consentMethod,
    scopeReviewed: v.scopeReviewed,
    scope: v.scope,
    endsOn: v.endsOn || null,
    carePartnerEmail: v.carePartnerEmail,
    confidentialReason: v.confidentialReason.trim() ? v.confidentialReason : null,
  };
}

/** Every field the form shows, for the server's field errors. */
export const DECISION_FIELDS = [
  'decision',
  'identityVerified',
  'identityMethod',
  'consentConfirmed',
  'consentMethod',
  'scopeReviewed',
  'scope',
  'endsOn',
  'carePartnerEmail',
  'confidentialReason',
  'reason',
] as const satisfies readonly (keyof DecisionValues)[];

/** The form checked as the request it sends, with the contract's own messages. */
export const decisionFormSchema = (version: number) =>
  z
    .custom<DecisionValues>()
    .transform((v) => toBody(v, version))
    .pipe(decideRequestSchema);
