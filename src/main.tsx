import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/styles';
import { holdRequestsUntil } from './api/client';
import { demoClinicDidNotStartError } from './api/errors';
import { App } from './app/app';

async function startMockClinicIfEnabled(): Promise<void> {
  // Written out here (not via lib/env) so the normal build drops the import and ships no mocks.
  if (import.meta.env.VITE_MOCK_API !== 'true') return;
  // Read now: the router may tidy the address before the mock module has loaded.
  const params = new URLSearchParams(window.location.search);
  const { startMockClinic } = await import('../mocks/browser');
  let refused: string[];
  try {
    refused = await startMockClinic(params);
  } catch {
    // Every request now fails with this, so each screen says what happened and how to fix it.
    document.title = 'Access Desk (demo clinic did not start)';
    throw demoClinicDidNotStartError();
  }
  if (refused.length === 0) return;
  // A demo setting typed wrong (?chaos=5) is said, not silently used: loaded only then.
  const { notifications } = await import('@mantine/notifications');
  notifications.show({
    title: 'Demo settings not used',
    message: refused.join(' '),
    color: 'orange',
    autoClose: false,
  });
}

// The first screen does not wait for the mock clinic: only API requests do.
holdRequestsUntil(startMockClinicIfEnabled());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
