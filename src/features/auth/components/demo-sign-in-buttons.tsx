import { Button, Stack } from '@mantine/core';

const DEMO_ACCOUNTS = [
  { label: 'Sign in as Front desk', email: 'frontdesk@clinic.example' },
  { label: 'Sign in as Patient experience', email: 'experience@clinic.example' },
  { label: 'Sign in as Clinic manager', email: 'manager@clinic.example' },
] as const;

/** One click into the mock clinic as each role (mock builds only). */
export function DemoSignInButtons({
  onPick,
  disabled,
}: {
  onPick: (email: string) => void;
  disabled: boolean;
}) {
  return (
    <Stack gap="xs">
      {DEMO_ACCOUNTS.map((a) => (
        <Button key={a.email} variant="light" disabled={disabled} onClick={() => onPick(a.email)}>
          {a.label}
        </Button>
      ))}
    </Stack>
  );
}
