import '@testing-library/jest-dom/vitest';
import { cleanNotifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetDb } from '../mocks/db';
import { idempotency, resetChaos } from '../mocks/http';
import { server } from '../mocks/node';
import { clearDrafts } from '../src/lib/form-drafts';
import { CSRF_HEADER, SESSION_COOKIE } from '../src/lib/session-timing';

// jsdom lacks these browser APIs that Mantine relies on. (Service tests run in Node in their own
// Vitest project, without this file.)
{
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: vi.fn().mockImplementation((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: vi.fn(),
      removeListener: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      dispatchEvent: vi.fn(),
    })),
  });
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver = ResizeObserverStub;
  window.HTMLElement.prototype.scrollIntoView = () => {};
  window.scrollTo = () => {};
}

// A screen's first render waits on its lazily loaded route chunk, which a cold 2-core machine
// with other work beside it can take several seconds to transform and render: findBy* waits up to
// 15 s. A passing test never waits that long; only a screen that never comes does.
configure({ asyncUtilTimeout: 15_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

// A browser's cookie jar takes the session cookie the server sets or clears. jsdom's document is
// the tests' jar (signInAs writes it), so it follows the mock's Set-Cookie the same way: a real
// sign-in in one "tab" then replaces the session every tab sends, as it would in Chromium.
server.events.on('response:mocked', ({ response }) => {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = cookie.split(';');
    const [name, value = ''] = pair.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    const expired = !value || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
    document.cookie = expired
      ? `${SESSION_COOKIE}=; max-age=0; path=/`
      : `${SESSION_COOKIE}=${value}; path=/`;
  }
});
beforeEach(async () => {
  // Every test starts from the seed, signed out, with no simulated latency or failures.
  resetDb();
  resetChaos();
  idempotency.clear();
  // Form drafts live in module memory, as in the app: a test must not inherit the last one's.
  clearDrafts();
  if (typeof document !== 'undefined') {
    document.cookie = `${SESSION_COOKIE}=; max-age=0; path=/`;
    // Signing out empties MSW's cookie jar, which a sign-in in an earlier test may have filled.
    await fetch('/api/v1/session', {
      method: 'DELETE',
      headers: { [CSRF_HEADER.name]: CSRF_HEADER.value },
    });
    window.localStorage.clear();
    window.sessionStorage.clear();
  }
  // Mantine keeps notifications in a module-level store: without this they leak between tests.
  cleanNotifications();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  // A worker's files share one jsdom (isolate: false): each test leaves it as a new file finds
  // it, with the real clock and an empty page.
  vi.useRealTimers();
  if (typeof document !== 'undefined') document.body.replaceChildren();
});
afterAll(() => server.close());
