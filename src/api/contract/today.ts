import { z } from 'zod';
import { isoDate as calendarDate, isoDateTime } from './common';

// Today: the worklists that catch access before it silently fails. One summary answer: every
// list with its whole count and its most urgent rows (README, "Today").

/** A list the signed-in role acts on, or (hidden) one line saying who handles it. */
const worklist = <Row extends z.ZodType>(row: Row) =>
  z.discriminatedUnion('visible', [
    z.object({ visible: z.literal(true), total: z.number().int().min(0), rows: z.array(row) }),
    z.object({ visible: z.literal(false), handledBy: z.string() }),
  ]);

export const waitingRequestRowSchema = z.object({
  requestId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  carePartnerName: z.string(),
  receivedAt: isoDateTime,
  businessDaysWaiting: z.number().int().min(0),
  overdue: z.boolean(),
});

export const linkingRowSchema = z.object({
  requestId: z.string(),
  holderPatientId: z.string(),
  holderName: z.string(),
  linked: z.number().int().min(0),
  total: z.number().int().min(0),
  lastProgressAt: isoDateTime,
  stalled: z.boolean(),
});

export const AT_RISK_KINDS = ['bounced', 'expiring', 'expired', 'care_partner_unaccepted'] as const;
export const atRiskRowSchema = z.object({
  kind: z.enum(AT_RISK_KINDS),
  patientId: z.string(),
  patientName: z.string(),
  /** Where it went: the address that bounced, or the care partner's name. */
  sentTo: z.string().nullable(),
  /** Sent, expiring or expired at, as the kind says. */
  at: isoDateTime,
  grantId: z.string().nullable(),
});

export const comingOfAgeRowSchema = z.object({
  patientId: z.string(),
  patientName: z.string(),
  birthday: calendarDate,
  turns: z.union([z.literal(12), z.literal(18)]),
  rule: z.string(),
  /** Who holds access that changes: account holders and care partners, by name or email. */
  affected: z.array(z.string()),
  hasOwnLogin: z.boolean(),
});

export const teenOnGuardianEmailRowSchema = z.object({
  patientId: z.string(),
  patientName: z.string(),
  age: z.number().int(),
  email: z.string(),
  /** Whose email it also is. */
  sharedWith: z.string(),
});

export const grantEndingRowSchema = z.object({
  grantId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  carePartnerName: z.string(),
  endsOn: calendarDate,
  /** The legal document's own end, when a document is behind the grant. */
  documentEndsOn: calendarDate.nullable(),
});

/** Portal activation: links sent against links redeemed, by week, and what made a difference. */
export const activationSchema = z.object({
  weeks: z.array(
    z.object({
      weekStart: calendarDate,
      sent: z.number().int().min(0),
      redeemed: z.number().int().min(0),
    }),
  ),
  /** Median days from a link's first send to its redemption; null when none was redeemed. */
  medianDaysToRedeem: z.number().nullable(),
  byChannel: z.object({
    email: z.object({ sent: z.number().int().min(0), redeemed: z.number().int().min(0) }),
    print: z.object({ sent: z.number().int().min(0), redeemed: z.number().int().min(0) }),
  }),
});
export type Activation = z.infer<typeof activationSchema>;

export const todaySchema = z.object({
  asOf: isoDateTime,
  turnaroundTargetBusinessDays: z.number().int(),
  /** Median business days from request to decision over the last 30 days; null with none. */
  medianTurnaroundBusinessDays: z.number().nullable(),
  waitingRequests: worklist(waitingRequestRowSchema),
  familyLinking: worklist(linkingRowSchema),
  invitationsAtRisk: worklist(atRiskRowSchema),
  comingOfAge: worklist(comingOfAgeRowSchema),
  teenOnGuardianEmail: worklist(teenOnGuardianEmailRowSchema),
  grantsEnding: worklist(grantEndingRowSchema),
  activation: activationSchema,
});
export type Today = z.infer<typeof todaySchema>;
export type TodayListName = Exclude<
  keyof Today,
  'asOf' | 'turnaroundTargetBusinessDays' | 'medianTurnaroundBusinessDays' | 'activation'
>;
export type WaitingRequestRow = z.infer<typeof waitingRequestRowSchema>;
export type LinkingRow = z.infer<typeof linkingRowSchema>;
export type AtRiskRow = z.infer<typeof atRiskRowSchema>;
export type ComingOfAgeRow = z.infer<typeof comingOfAgeRowSchema>;
export type TeenOnGuardianEmailRow = z.infer<typeof teenOnGuardianEmailRowSchema>;
export type GrantEndingRow = z.infer<typeof grantEndingRowSchema>;
