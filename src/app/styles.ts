// Mantine's per-component stylesheets, only those the first screen (sign-in, patient search)
// needs; screens that use more import a bundle from src/components/styles/ themselves.
// Order matters: baseline first, then components that others build on.
// Theme CSS variables come from MantineProvider (deduplicateCssVariables off), so
// default-css-variables.css is not loaded.
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/VisuallyHidden.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Center.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/AppShell.css';
import '@mantine/core/styles/NavLink.css';
import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Title.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Kbd.css';
import '@mantine/core/styles/Pagination.css';
import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';
