import { Select } from '@mantine/core';
import { CATALOGUE_LANGUAGES } from '../../../lib/i18n/catalogues';
import { languageName } from '../../../lib/languages';

/**
 * "Email in Spanish": the language this email or letter goes out in, the patient's preferred one
 * unless staff choose another for this send only.
 */
export function TextLanguageSelect({
  kind,
  firstName,
  preferred,
  value,
  onChange,
}: {
  kind: 'Email' | 'Letter';
  firstName: string;
  /** The language the patient's texts go out in by default (theirs, or English). */
  preferred: string;
  value: string;
  onChange: (language: string) => void;
}) {
  return (
    <Select
      label={`${kind} in ${languageName(value)}`}
      description={
        value === preferred
          ? `${firstName}'s preferred language. Choose another for this ${kind.toLowerCase()} only.`
          : `For this ${kind.toLowerCase()} only: ${firstName}'s preferred language stays ${languageName(preferred)}.`
      }
      data={CATALOGUE_LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      w={{ base: '100%', sm: 320 }}
    />
  );
}
