import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { TODAY_KEY } from '../api/today-count';

interface AuthHandlers {
  onSignedOut: () => void;
}

/**
 * 401 is handled here, once, rather than in every component: a 401 anywhere returns to sign-in
 * (and back afterwards). A 403 is not: it is reported once, where the user acted (the dialog's
 * alert, the button's failure notice, the screen's error state), which names the role needed.
 * A toast here as well would say it twice.
 */
export function createQueryClient(handlers: AuthHandlers): QueryClient {
  const onError = (error: Error) => {
    if (error instanceof ApiError && error.status === 401) handlers.onSignedOut();
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    // Any change may add or settle an item on Today: its lists and the navigation's count refresh.
    mutationCache: new MutationCache({
      onError,
      onSuccess: () => void client.invalidateQueries({ queryKey: TODAY_KEY }),
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Only a failure that may pass (network, 5xx) is retried; a refusal or a contract mismatch is not.
        retry: (count, error) =>
          error instanceof ApiError && (error.status === 0 || error.status >= 500) && count < 2,
      },
      // A change never waits for the network: offline it fails at once (and says so) rather
      // than pausing and going out later, perhaps after the user cancelled.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
  return client;
}
