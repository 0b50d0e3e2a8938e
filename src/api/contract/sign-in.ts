import * as z from 'zod/mini';
import { requestObject } from './common';
import { emailAddress } from './email';

// Apart from the session's own schemas: the email rules (and punycode for international domains)
// load with the sign-in form, not with every signed-in screen.
export const signInRequestSchema = requestObject({
  email: emailAddress('Your work email'),
  password: z
    .string({ error: 'Enter your password.' })
    .check(
      z.minLength(1, { error: 'Enter your password.' }),
      z.maxLength(1024, { error: 'Your password is too long: use at most 1024 characters.' }),
    ),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;
