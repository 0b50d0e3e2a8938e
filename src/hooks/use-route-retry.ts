import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';

/**
 * For a route's error screen: clears the failed queries' error state, and returns the "Try
 * again" action that resets the boundary and reloads the route's data.
 */
export function useRouteRetry(reset: () => void): () => void {
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  useEffect(() => queryReset.reset(), [queryReset]);
  return () => {
    reset();
    void router.invalidate();
  };
}
