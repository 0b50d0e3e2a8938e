/**
 * A refusal that the rules count is a change. A wrong date of birth, a wrong code or password, a
 * failed sign-in and a voided invitation change the store (a try counter, a void, an audit entry)
 * even though the answer is an error, and they must survive a restart as any change does.
 *
 * So a request's work is committed whatever its outcome: `commitEither` runs the service and
 * then saves what the store holds, whether the service returned or threw. A backend porting the
 * services must do the same: never roll a request's transaction back only because the answer is
 * an error (commit the counted refusal, then answer with the error).
 */
export async function commitEither<T>(
  work: () => T | Promise<T>,
  save: () => Promise<void>,
): Promise<T> {
  try {
    return await work();
  } finally {
    await save();
  }
}
