import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/styles';
import { App } from './app/app';

async function startMockClinicIfEnabled(): Promise<void> {
  // Written out here (not via lib/env) so the normal build drops the import and ships no mocks.
  if (import.meta.env.VITE_MOCK_API !== 'true') return;
  const { startMockClinic } = await import('../mocks/browser');
  await startMockClinic();
}

const root = createRoot(document.getElementById('root')!);
startMockClinicIfEnabled()
  .catch(() => {
    // The app still renders; its screens say they cannot reach the server.
    document.title = 'Access Desk (mock clinic did not start)';
  })
  .finally(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
