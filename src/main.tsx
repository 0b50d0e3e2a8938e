import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/styles';
import { holdRequestsUntil } from './api/client';
import { App } from './app/app';

async function startMockClinicIfEnabled(): Promise<void> {
  // Written out here (not via lib/env) so the normal build drops the import and ships no mocks.
  if (import.meta.env.VITE_MOCK_API !== 'true') return;
  // Read now: the router may tidy the address before the mock module has loaded.
  const params = new URLSearchParams(window.location.search);
  const { startMockClinic } = await import('../mocks/browser');
  await startMockClinic(params);
}

// The first screen does not wait for the mock clinic: only API requests do.
holdRequestsUntil(
  startMockClinicIfEnabled().catch(() => {
    // The app still renders; its screens say they cannot reach the server.
    document.title = 'Access Desk (mock clinic did not start)';
  }),
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
