import type { QueryClient } from '@tanstack/react-query';
import { sessionQueries, signOut } from '../api/session';
import { clearDrafts, holdDrafts, keepDraftsOnlyFor } from '../lib/form-drafts';
import { forgetPatientSearches } from '../lib/patient-search-state';
import { onSessionMessage } from '../lib/session-channel';
import type { RegisteredRouter as AppRouter } from '@tanstack/react-router';

/** The patient-portal simulator has its own sign-in: staff session news does not concern it. */
const onPortal = (router: AppRouter) => router.state.location.pathname.startsWith('/portal');

/**
 * The session ended (a 401, or another tab signed out): clear the screen and the cache, so no
 * patient data stays, and offer sign-in that leads back to the same place. Drafts of what was
 * typed stay in memory unless the sign-out was by choice.
 */
export async function leaveSignedOut(
  queryClient: QueryClient,
  router: AppRouter,
  reason: 'expired' | 'idle' | 'user',
): Promise<void> {
  if (reason === 'user') clearDrafts();
  else holdDrafts();
  // Search text is patient data: whatever ended the session, it goes.
  forgetPatientSearches();
  const { pathname, href } = router.state.location;
  if (pathname !== '/sign-in' && !onPortal(router)) {
    await router.navigate({
      to: '/sign-in',
      search: reason === 'user' ? {} : { redirect: href, reason },
    });
  }
  queryClient.clear();
}

/** Keeps this tab in step with the others of this browser. Returns the unsubscribe. */
export function syncSessionAcrossTabs(queryClient: QueryClient, router: AppRouter): () => void {
  return onSessionMessage((message) => {
    if (onPortal(router)) return;
    const shown = queryClient.getQueryData(sessionQueries.current().queryKey)?.user;
    if (message.type === 'signed-out') {
      if (!shown) return;
      // A browser shares one cookie; ending this tab's session too also covers a copy held apart.
      void signOut().then(() =>
        leaveSignedOut(queryClient, router, message.reason === 'user' ? 'user' : 'idle'),
      );
    }
    // Someone else signed in in another tab: drafts kept here after a sign-out are not theirs.
    if (message.type === 'signed-in') keepDraftsOnlyFor(message.userId);
    if (message.type === 'signed-in' && shown && shown.id !== message.userId) {
      // Someone else signed in elsewhere: this tab now acts as them, so it must show them, or
      // sign-in if the server no longer knows this tab's session.
      clearDrafts();
      forgetPatientSearches();
      queryClient.clear();
      void router.invalidate();
    }
  });
}
