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
export interface TooManyTriesWords {
  title: string;
  readyTitle: string;
  /** How long to wait, or that the wait is over (0 seconds). */
  sentence: (secondsLeft: number) => string;
}

const ENGLISH_WORDS: TooManyTriesWords = {
  title: TOO_MANY_TRIES_TITLE,
  readyTitle: 'Try again',
  sentence: waitSentence,
};

export function TooManyTriesAlert({
  error,
  words = ENGLISH_WORDS,
}: {
  error: ApiError;
  /** The portal's pages say it in the page's language. */
  words?: TooManyTriesWords;
}) {
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
      title={done ? words.readyTitle : words.title}
      role="alert"
    >
      <Text size="sm">{words.sentence(left)}</Text>
    </Alert>
  );
}
