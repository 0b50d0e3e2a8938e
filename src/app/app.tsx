import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { sessionQueries } from '../api/session';
import { Notices } from '../components/notices';
import { createQueryClient } from './query-client';
import { createAppRouter, type AppRouter } from './router';
import { leaveSignedOut, syncSessionAcrossTabs } from './session-sync';
import { cssVariablesResolver, theme } from './theme';

function createApp(history?: RouterHistory) {
  let router: AppRouter | null = null;
  const queryClient = createQueryClient({
    onSignedOut: () => {
      // A 401 on the patient-portal simulator is the patient's wrong password, not the end of
      // the staff session; on sign-in it is a wrong password too.
      const pathname = router?.state.location.pathname ?? '/';
      if (!router || pathname.startsWith('/portal') || pathname === '/sign-in') return;
      // Nobody was signed in here (a first visit): the route's own check sends them to sign-in,
      // which must not say that a session ended.
      if (!queryClient.getQueryData(sessionQueries.current().queryKey)) return;
      void leaveSignedOut(queryClient, router, 'expired');
    },
  });
  router = createAppRouter(queryClient, history);
  return { queryClient, router };
}

export function App({ history }: { history?: RouterHistory }) {
  const [{ queryClient, router }] = useState(() => createApp(history));
  useEffect(() => syncSessionAcrossTabs(queryClient, router), [queryClient, router]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      // All theme variables come from here, so default-css-variables.css (4 KB) is not loaded.
      deduplicateCssVariables={false}
      env={import.meta.env.MODE === 'test' ? 'test' : 'default'}
    >
      <Notices />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
