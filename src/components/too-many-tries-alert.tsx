import { Alert, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiError } from '../api/errors';
import { TOO_MANY_TRIES_TITLE, waitSentence } from '../lib/try-limits';

const secondsUntil = (at: number) => Math.max(0, Math.ceil((at - Date.now()) / 1000));

/**
 * A 429 from the API: how long to wait, in plain words, counted down until the next try may go
 * ("please wait 2 minutes", then "You can try again now"). The words move in steps (minutes, then
 * tens of seconds), so a screen reader is not told every second. Render it keyed by
 * `error.retryAt`, so a new refusal starts a new count.
 */
export function TooManyTriesAlert({ error }: { error: ApiError }) {
  const retryAt = error.retryAt ?? 0;
  const [left, setLeft] = useState(() => secondsUntil(retryAt));
  useEffect(() => {
    const timer = setInterval(() => {
      const now = secondsUntil(retryAt);
      setLeft(now);
      if (now === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [retryAt]);
  const done = left === 0;
  return (
    <Alert
      color={done ? 'blue' : 'orange'}
      title={done ? 'Try again' : TOO_MANY_TRIES_TITLE}
      role="alert"
    >
      <Text size="sm">{waitSentence(left)}</Text>
    </Alert>
  );
}
