/**
 * What a staff member had typed when their session ended (idle logoff or a forced sign-out), so
 * signing back in brings the form back filled. Held in this tab's memory only, never in storage,
 * and only for the same person: anyone else signing in, or a sign-out by choice, clears it.
 */
const drafts = new Map<string, unknown>();
let owner: string | null = null;

export function saveDraft(key: string, values: unknown): void {
  drafts.set(key, values);
}

export function readDraft(key: string): unknown {
  return drafts.get(key);
}

export function hasDraft(key: string): boolean {
  return drafts.has(key);
}

export function dropDraft(key: string): void {
  drafts.delete(key);
}

export function clearDrafts(): void {
  drafts.clear();
}

/** Who is signed in now: drafts of anyone else are dropped. */
export function setDraftOwner(userId: string): void {
  if (owner !== userId) drafts.clear();
  owner = userId;
}
