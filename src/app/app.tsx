import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { useState } from 'react';
import { writeSessionToken } from '../lib/session-token';
import { createQueryClient } from './query-client';
import { createAppRouter, type AppRouter } from './router';
import { theme } from './theme';

function createApp(history?: RouterHistory) {
  let router: AppRouter | null = null;
  const queryClient = createQueryClient({
    onSignedOut: () => {
      writeSessionToken(null);
      queryClient.removeQueries({ queryKey: ['session'] });
      if (!router) return;
      const { pathname, href } = router.state.location;
      if (pathname === '/sign-in' || pathname.startsWith('/portal')) return;
      void router.navigate({ to: '/sign-in', search: { redirect: href } });
    },
  });
  router = createAppRouter(queryClient, history);
  return { queryClient, router };
}

export function App({ history }: { history?: RouterHistory }) {
  const [{ queryClient, router }] = useState(() => createApp(history));
  return (
    <MantineProvider theme={theme} env={import.meta.env.MODE === 'test' ? 'test' : 'default'}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
