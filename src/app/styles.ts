// Mantine's global styles, first. Each component's own stylesheet (and those of the components it
// is built from) is added to the module that imports it by the mantine-styles build plugin
// (scripts/mantine-styles.ts), so every screen carries what it renders however it is entered.
// Theme CSS variables come from MantineProvider (deduplicateCssVariables off), so
// default-css-variables.css is not loaded.
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/global.css';
