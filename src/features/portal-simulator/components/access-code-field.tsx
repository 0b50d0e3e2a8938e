import { TextInput } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { usePortalTexts } from './portal-texts';

interface Props {
  /** Filled in from the email link: shown read-only, with the seed's "not an example" note. */
  fromLink: boolean;
  error: string | undefined;
  input: UseFormRegisterReturn<'code'>;
}

export function AccessCodeField({ fromLink, error, input }: Props) {
  const { t } = usePortalTexts().tr;
  return (
    <TextInput
      label={t('portal.code.label')}
      description={fromLink ? t('portal.code.fromLink') : t('portal.code.typed')}
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
