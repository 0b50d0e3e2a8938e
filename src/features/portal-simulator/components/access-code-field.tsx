import { TextInput } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';

export const FROM_LINK_NOTE =
  'This is your access code, filled in from your email link. It is not an example — leave it as it is.';

interface Props {
  /** Filled in from the email link: shown read-only, with the seed's "not an example" note. */
  fromLink: boolean;
  error: string | undefined;
  input: UseFormRegisterReturn<'code'>;
}

export function AccessCodeField({ fromLink, error, input }: Props) {
  return (
    <TextInput
      label="Access code"
      description={fromLink ? FROM_LINK_NOTE : 'The code from the email the clinic sent you.'}
      readOnly={fromLink}
      variant={fromLink ? 'filled' : 'default'}
      autoComplete="off"
      spellCheck={false}
      styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.1em' } }}
      error={error}
      {...input}
    />
  );
}
