/**
 * The name the audit log gives the system itself, for changes nobody made by hand (a birthday's
 * change of access). The mock writes it; the Activity view labels it "System", not the portal.
 */
export const SYSTEM_ACTOR_NAME = 'Access Desk (system)';
