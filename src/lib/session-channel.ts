/**
 * What one tab tells the others about the staff session, so every open tab of this browser shows
 * the person who is acting, or nothing. Messages carry ids only, never patient data.
 */
export type SessionMessage =
  | { type: 'signed-out'; reason: 'user' | 'idle' }
  | { type: 'signed-in'; userId: string }
  | { type: 'activity' };

const NAME = 'access-desk-session';

function open(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(NAME);
}

/** Tells every tab, this one included (so a handler must not mind hearing its own news). */
export function announce(message: SessionMessage): void {
  const channel = open();
  channel?.postMessage(message);
  channel?.close();
}

/** Listens until the returned function is called. */
export function onSessionMessage(listener: (message: SessionMessage) => void): () => void {
  const channel = open();
  if (!channel) return () => {};
  channel.onmessage = (event: MessageEvent<SessionMessage>) => listener(event.data);
  return () => channel.close();
}
