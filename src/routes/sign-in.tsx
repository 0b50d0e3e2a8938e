import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { SignInScreen } from '../features/auth/components/sign-in-screen';

export const Route = createFileRoute('/sign-in')({
  validateSearch: z.object({
    redirect: z.optional(z.string()),
    // Why the last session ended, to say so on the sign-in screen.
    reason: z.catch(z.optional(z.enum(['idle', 'expired'])), undefined),
  }),
  component: SignInScreen,
});
