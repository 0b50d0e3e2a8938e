import { useEffect, useRef, useState } from 'react';
import { announce, onSessionMessage } from '../lib/session-channel';

const ACTIVITY = ['keydown', 'mousedown', 'mousemove', 'touchstart', 'wheel', 'scroll'] as const;
/** How often activity is told to the other tabs and to the server, at most. */
const SHARE_EVERY_MS = 60_000;

interface Options {
  idleMs: number;
  warningMs: number;
  /** Activity worth telling the server about, so its idle limit does not pass while staff work. */
  onActive: () => void;
  onTimeout: () => void;
}

/**
 * Idle logoff. Activity in any tab of this browser counts. After `idleMs` without it a warning
 * starts; only "Stay signed in" (here or in another tab) ends it, not a stray mouse move, and
 * after `warningMs` more the session ends. Mantine's useIdle resets on any event, so it cannot
 * hold the warning open; this checks the clock once a second instead.
 */
export function useIdleLogoff({ idleMs, warningMs, onActive, onTimeout }: Options) {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const last = useRef({ activity: 0, shared: 0, deadline: null as number | null });
  const callbacks = useRef({ onActive, onTimeout });
  useEffect(() => {
    callbacks.current = { onActive, onTimeout };
  });

  useEffect(() => {
    const state = last.current;
    state.activity = state.shared = Date.now();
    const resume = () => {
      state.activity = Date.now();
      state.deadline = null;
      setDeadline(null);
    };
    const onLocalActivity = () => {
      if (state.deadline !== null) return;
      const t = Date.now();
      state.activity = t;
      if (t - state.shared >= SHARE_EVERY_MS) {
        state.shared = t;
        announce({ type: 'activity' });
        callbacks.current.onActive();
      }
    };
    for (const type of ACTIVITY) window.addEventListener(type, onLocalActivity, { passive: true });
    const unsubscribe = onSessionMessage((m) => {
      if (m.type === 'activity') resume();
    });
    // Checks once a second, but renders only while the warning counts down: the layout around
    // every screen does not re-render each second for nothing.
    const tick = setInterval(() => {
      const t = Date.now();
      if (state.deadline === null && t - state.activity >= idleMs) {
        state.deadline = t + warningMs;
        setNow(t);
        setDeadline(state.deadline);
      } else if (state.deadline !== null && t >= state.deadline) {
        state.deadline = null;
        clearInterval(tick);
        callbacks.current.onTimeout();
      } else if (state.deadline !== null) {
        setNow(t);
      }
    }, 1000);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onLocalActivity);
      unsubscribe();
      clearInterval(tick);
    };
  }, [idleMs, warningMs]);

  const staySignedIn = () => {
    last.current.activity = Date.now();
    last.current.shared = Date.now();
    last.current.deadline = null;
    setDeadline(null);
    announce({ type: 'activity' });
    callbacks.current.onActive();
  };

  return {
    warning: deadline !== null,
    secondsLeft: deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000)),
    staySignedIn,
  };
}
