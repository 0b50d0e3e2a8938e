/**
 * What a staff member had typed when their session ended (idle logoff or a forced sign-out), so
 * signing back in brings the form back filled. Held in this tab's memory only, never in storage,
 * and only for the same person: anyone else signing in, or a sign-out by choice, clears it.
 */
const drafts = new Map<string, unknown>();
let owner: string | null = null;
/** The session ended under the open forms: as they close, they keep their drafts. */
let held = false;

export function saveDraft(key: string, values: unknown): void {
  drafts.set(key, values);
}

export function readDraft(key: string): unknown {
  return drafts.get(key);
}

export function hasDraft(key: string): boolean {
  return drafts.has(key);
}

/** A form's starting values: the draft kept under `key`, if there is one, over `values`. */
export function draftOr<T extends object>(key: string, values: T): T {
  const draft = drafts.get(key) as Partial<T> | undefined;
  return draft ? { ...values, ...draft } : values;
}

/**
 * Which of a screen's dialogs was being filled when the session ended, so signing back in opens
 * it again: the first of `dialogs` (name → draft key) that has a draft, or null.
 */
export function draftedDialog<T extends string>(dialogs: [T, string][]): T | null {
  return dialogs.find(([, key]) => drafts.has(key))?.[0] ?? null;
}

export function clearDrafts(): void {
  drafts.clear();
  held = false;
}

/** The session ended (not by choice): forms closing now keep what was typed for signing back in. */
export function holdDrafts(): void {
  held = true;
}

/** A form that closes forgets its draft, unless the session ended under it. */
export function releaseDraft(key: string): void {
  if (!held) drafts.delete(key);
}

/** Who is signed in now: drafts of anyone else are dropped, and forms closing forget theirs. */
export function setDraftOwner(userId: string): void {
  if (owner !== userId) drafts.clear();
  owner = userId;
  held = false;
}

/**
 * The signed-in screens render for `userId`: drafts of anyone else are dropped before any form
 * below reads its own (an effect would run after theirs). Nothing changes for the same person.
 */
export function claimDrafts(userId: string): void {
  if (owner !== userId) setDraftOwner(userId);
}

/**
 * Someone signed in (in another tab of this browser): drafts typed by anyone else are dropped at
 * once, even while this tab shows the sign-in screen, so Back can never bring them up.
 */
export function keepDraftsOnlyFor(userId: string): void {
  if (owner !== null && owner !== userId) {
    drafts.clear();
    held = false;
  }
}
