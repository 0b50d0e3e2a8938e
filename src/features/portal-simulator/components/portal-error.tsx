import { ApiError } from '../../../api/errors';
import { ErrorState } from '../../../components/query-states';
import { TooManyTriesAlert } from '../../../components/too-many-tries-alert';

/**
 * A portal form's failure. Too many tries says how long to wait, counting down, rather than
 * offer to try at once. (Kept here, not in the shared ErrorState, so the staff screens do not
 * load it: only sign-in and the portal can answer 429.)
 */
export function PortalError({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.status === 429)
    return <TooManyTriesAlert key={error.retryAt} error={error} />;
  return <ErrorState error={error} />;
}
