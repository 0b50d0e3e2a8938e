import { createFileRoute, redirect } from '@tanstack/react-router';

export const Route = createFileRoute('/_staff/')({
  beforeLoad: () => {
    throw redirect({ to: '/today' });
  },
});
