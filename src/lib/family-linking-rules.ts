/**
 * The family-linking safety rules, written once: the linking flow shows them and the API
 * enforces them. Pure, over plain facts, so both sides import the same predicate.
 */

/** Where a record is now, relative to the account it would be linked into. */
export type RecordLocation = 'no_account' | 'own_account' | 'this_account' | 'other_account';

/**
 * What linking this record into another person's account needs:
 * - `done`: it is already in this account (shown as done, never sent again);
 * - `held_elsewhere`: another account holds it; that access must be revoked first;
 * - `adult`: an adult (18+) under someone else's login is credential sharing: refused, except by
 *   a clinic manager with a documented legal authority;
 * - `adolescent`: 12–17: the parent would see everything; going ahead needs a reason;
 * - `child`: under 12, nothing extra.
 */
export type LinkingRule = 'done' | 'held_elsewhere' | 'adult' | 'adolescent' | 'child';

export const ADULT_AGE = 18;
export const ADOLESCENT_AGE = 12;

export function linkingRuleFor(facts: { age: number; location: RecordLocation }): LinkingRule {
  if (facts.location === 'this_account') return 'done';
  // A record in its own account (an adult's own login) is held by another account too.
  if (facts.location === 'other_account' || facts.location === 'own_account')
    return 'held_elsewhere';
  if (facts.age >= ADULT_AGE) return 'adult';
  if (facts.age >= ADOLESCENT_AGE) return 'adolescent';
  return 'child';
}
