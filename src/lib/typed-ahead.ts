/**
 * Keeps what is typed between a shortcut that opens a text box (Ctrl+K) and the moment the box
 * has focus: the box may still be loading or appearing, and those first keys would otherwise be
 * lost. The box takes them when it gets focus.
 */
let typed = '';
let listening = false;
let startedAt = 0;
// If the box never comes (its code failed to load), typing is given back to the page.
const GIVE_UP_AFTER_MS = 10_000;

function keep(event: KeyboardEvent): void {
  if (performance.now() - startedAt > GIVE_UP_AFTER_MS) {
    takeTypedAhead();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
  if (event.key.length === 1) typed += event.key;
  else if (event.key === 'Backspace') typed = typed.slice(0, -1);
  else return;
  // Caught before any other handler sees it: it belongs to the box that is opening.
  event.preventDefault();
  event.stopPropagation();
}

/** Starts keeping the keys typed from now on (and forgets any kept before). */
export function startTypingAhead(): void {
  typed = '';
  startedAt = performance.now();
  if (listening) return;
  listening = true;
  window.addEventListener('keydown', keep, true);
}

/** Stops keeping keys and hands over what was typed since `startTypingAhead`. */
export function takeTypedAhead(): string {
  window.removeEventListener('keydown', keep, true);
  listening = false;
  const text = typed;
  typed = '';
  return text;
}
