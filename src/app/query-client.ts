import { notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';

interface AuthHandlers {
  onSignedOut: () => void;
}

/**
 * 401 and 403 are handled here, once, rather than in every component: a 401 anywhere returns to
 * sign-in (and back afterwards); a 403 explains which role the action needs.
 */
export function createQueryClient(handlers: AuthHandlers): QueryClient {
  const onError = (error: Error) => {
    if (!(error instanceof ApiError)) return;
    if (error.status === 401) handlers.onSignedOut();
    if (error.status === 403) {
      notifications.show({
        color: 'red',
        title: error.title,
        message: error.detail ?? 'Your role does not allow this.',
      });
    }
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Only a failure that may pass (network, 5xx) is retried; a refusal or a contract mismatch is not.
        retry: (count, error) =>
          error instanceof ApiError && (error.status === 0 || error.status >= 500) && count < 2,
      },
      mutations: { retry: false },
    },
  });
}
