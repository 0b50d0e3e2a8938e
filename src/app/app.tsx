import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { useState } from 'react';
import { writeSessionToken } from '../lib/session-token';
import { createQueryClient } from './query-client';
import { createAppRouter, type AppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

function createApp(history?: RouterHistory) {
  let router: AppRouter | null = null;
  const queryClient = createQueryClient({
    onSignedOut: () => {
      const location = router?.state.location;
      // A 401 on the patient-portal simulator is the patient's wrong password, not the end of
      // the staff session.
      if (location?.pathname.startsWith('/portal')) return;
      writeSessionToken(null);
      queryClient.removeQueries({ queryKey: ['session'] });
      if (!router || !location || location.pathname === '/sign-in') return;
      void router.navigate({ to: '/sign-in', search: { redirect: location.href } });
    },
  });
  router = createAppRouter(queryClient, history);
  return { queryClient, router };
}

export function App({ history }: { history?: RouterHistory }) {
  const [{ queryClient, router }] = useState(() => createApp(history));
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      // All theme variables come from here, so default-css-variables.css (4 KB) is not loaded.
      deduplicateCssVariables={false}
      env={import.meta.env.MODE === 'test' ? 'test' : 'default'}
    >
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
