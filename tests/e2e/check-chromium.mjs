// Runs before `playwright test`: the suite uses the OS's Chromium and never downloads a browser.
import { accessSync, constants } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

try {
  accessSync(CHROMIUM, constants.X_OK);
} catch {
  console.error(
    `Chromium not found at ${CHROMIUM}. Install it from the OS packages: sudo apt-get install chromium`,
  );
  process.exit(1);
}
