import type * as MantineCore from '@mantine/core';

/**
 * Mantine as a browser has it: the test build turns transitions off (MantineProvider's `env`
 * "test"), so a dialog vanishes at once. The double-press tests need it to close with its
 * transition, so a second press can land on a dialog that is closing after the change was made.
 * Used from a test file's `vi.mock('@mantine/core', …)`.
 */
export function withTransitionsOn(core: typeof MantineCore) {
  const { MantineProvider } = core;
  return {
    ...core,
    MantineProvider: (props: Parameters<typeof MantineProvider>[0]) => (
      <MantineProvider {...props} env="default" />
    ),
  };
}
