import { createTheme, darken, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons and blue links above WCAG AA contrast (4.5:1).
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  // A user who asked their system for less motion gets dialogs and lists without their slide and
  // fade (the end-to-end suite asks for it too: nothing then moves between a press and a release).
  respectReducedMotion: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    // Every notice (saved, or what failed and what to do) is read in full: its close button says
    // what it does, and its message is not the default light grey, which falls below 4.5:1.
    // A plain object, not Notification.extend: that would put the component on the first screen.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notice' } },
      styles: { description: { color: 'var(--mantine-color-gray-7)' } },
    },
  },
});

/**
 * Mantine's default dimmed grey and light-variant text colours fall below 4.5:1 on white and on
 * their own light backgrounds; staff read these labels all day, so they are darkened.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  dark: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // A field's error message and the text of a field in error: the default red falls below 4.5:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.keys(t.colors).map((name) => [
        `--mantine-color-${name}-light-color`,
        darken(t.colors[name]![9], 0.3),
      ]),
    ),
  },
});
