import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { SignInScreen } from '../features/auth/components/sign-in-screen';

export const Route = createFileRoute('/sign-in')({
  validateSearch: z.object({
    redirect: z.string().optional(),
    // Why the last session ended, to say so on the sign-in screen.
    reason: z.enum(['idle', 'expired']).optional().catch(undefined),
  }),
  component: SignInScreen,
});
