import { beforeEach, describe, expect, it } from 'vitest';
import {
  claimDrafts,
  clearDrafts,
  draftOr,
  hasDraft,
  holdDrafts,
  keepDraftsOnlyFor,
  releaseDraft,
  saveDraft,
  setDraftOwner,
} from './form-drafts';

const KEY = 'record-request:pat_1';

/** Felix typed a name, then was signed out when idle: the draft is held for him. */
function felixsHeldDraft() {
  setDraftOwner('felix');
  saveDraft(KEY, { name: 'Paul Williams' });
  holdDrafts();
  releaseDraft(KEY);
}

describe('form drafts belong to the staff member who typed them', () => {
  beforeEach(() => clearDrafts());

  it('reopen for Felix when he is the next to sign in', () => {
    felixsHeldDraft();
    claimDrafts('felix');
    expect(draftOr(KEY, { name: '' })).toEqual({ name: 'Paul Williams' });
  });

  it('are dropped when someone else signs in in another tab, even before this tab shows them', () => {
    felixsHeldDraft();
    keepDraftsOnlyFor('priya');
    expect(hasDraft(KEY)).toBe(false);
    claimDrafts('felix');
    expect(draftOr(KEY, { name: '' })).toEqual({ name: '' });
  });

  it('are dropped when the screens render for someone else', () => {
    felixsHeldDraft();
    claimDrafts('priya');
    expect(draftOr(KEY, { name: '' })).toEqual({ name: '' });
  });
});
