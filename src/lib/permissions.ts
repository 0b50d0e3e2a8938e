import type { StaffRole } from '../api/contract/session';

/**
 * The one table of who may do what. The mock API answers 403 from it; the UI hides or disables
 * controls from it and shows `deniedReason`. The API decides; the UI only explains.
 */
export const PERMISSIONS = {
  'patients.view': { roles: ['front_desk', 'patient_experience', 'clinic_manager'] },
  'patients.updateContact': { roles: ['front_desk', 'patient_experience', 'clinic_manager'] },
  'accessCode.request': { roles: ['front_desk', 'patient_experience', 'clinic_manager'] },
  'accessCode.send': { roles: ['front_desk', 'patient_experience', 'clinic_manager'] },
  'accessCode.print': { roles: ['front_desk', 'patient_experience', 'clinic_manager'] },
  'accessCode.reveal': { roles: ['front_desk', 'patient_experience', 'clinic_manager'] },
  'accessCode.cancelUnredeemed': {
    roles: ['front_desk', 'patient_experience', 'clinic_manager'],
  },
  'access.revokeUsed': {
    roles: ['clinic_manager'],
    deniedReason:
      'This access was already used to open the record. Only a clinic manager can revoke it: ask your clinic manager.',
  },
  'family.link': {
    roles: ['patient_experience', 'clinic_manager'],
    deniedReason: 'Linking family records is done by patient experience or a clinic manager.',
  },
  'family.linkAdultOverride': {
    roles: ['clinic_manager'],
    deniedReason:
      "Only a clinic manager can link an adult's record into another adult's account, with a documented legal authority.",
  },
  'proxy.record': { roles: ['front_desk', 'patient_experience', 'clinic_manager'] },
  'proxy.review': {
    roles: ['patient_experience', 'clinic_manager'],
    deniedReason: 'Shared-access requests are reviewed by patient experience or a clinic manager.',
  },
  'proxy.editGrant': {
    roles: ['patient_experience', 'clinic_manager'],
    deniedReason:
      "Changing a care partner's shared access is done by patient experience or a clinic manager.",
  },
  'proxy.revoke': {
    roles: ['clinic_manager'],
    deniedReason: "Only a clinic manager can revoke a care partner's access.",
  },
  'proxy.includeConfidentialForMinor': {
    roles: ['clinic_manager'],
    deniedReason:
      'Only a clinic manager can include visit notes, test results or messaging for a patient aged 12–17.',
  },
  'records.exportFhir': {
    roles: ['clinic_manager'],
    deniedReason: 'Exports are for clinic managers.',
  },
  'audit.readAll': {
    roles: ['clinic_manager'],
    deniedReason: 'The full audit log is for clinic managers.',
  },
} as const satisfies Record<string, { roles: readonly StaffRole[]; deniedReason?: string }>;

export type Action = keyof typeof PERMISSIONS;

export function can(role: StaffRole | null | undefined, action: Action): boolean {
  if (!role) return false;
  return (PERMISSIONS[action].roles as readonly StaffRole[]).includes(role);
}

export function deniedReason(action: Action): string {
  const rule = PERMISSIONS[action] as { deniedReason?: string };
  return rule.deniedReason ?? 'Your role does not allow this.';
}

export const ROLE_LABELS: Record<StaffRole, string> = {
  front_desk: 'Front desk',
  patient_experience: 'Patient experience',
  clinic_manager: 'Clinic manager',
};
