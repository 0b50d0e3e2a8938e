import { expect, test, type Page } from '@playwright/test';
import { resultName } from './access-support';
import { signInAs } from './support';

/**
 * Every staff screen, opened by its address (a reload, a bookmark, a link in an email), carries
 * the styles of the Mantine components it shows. A missing stylesheet leaves a raw browser control:
 * a native checkbox, a grooved fieldset, a list that opens under the side menu.
 *
 * One computed style per component, each one a rule of that component's own stylesheet that the
 * browser's default would not give.
 */
const PROBES = {
  Button: { selector: '.mantine-Button-inner', property: 'display', value: 'flex' },
  Input: { selector: '.mantine-Input-input', property: 'appearance', value: 'none' },
  NavLink: { selector: '.mantine-NavLink-root', property: 'display', value: 'flex' },
  Badge: { selector: '.mantine-Badge-root', property: 'text-transform', value: 'uppercase' },
  Tabs: { selector: '.mantine-Tabs-list', property: 'display', value: 'flex' },
  Checkbox: { selector: '.mantine-Checkbox-input', property: 'appearance', value: 'none' },
  Fieldset: { selector: '.mantine-Fieldset-root', property: 'border-top-style', value: 'solid' },
  Card: { selector: '.mantine-Card-root', property: 'display', value: 'flex' },
  Alert: { selector: '.mantine-Alert-root', property: 'position', value: 'relative' },
} as const;
type Component = keyof typeof PROBES;

/** The component's probe on the first element of that kind on screen, or null when there is none. */
async function computed(page: Page, component: Component): Promise<string | null> {
  const { selector, property } = PROBES[component];
  return page.evaluate(
    ([sel, prop]) => {
      const el = document.querySelector(sel!);
      return el ? getComputedStyle(el).getPropertyValue(prop!) : null;
    },
    [selector, property],
  );
}

/** Opens `path` as a new page load and checks each listed component's style on it. */
async function checkScreen(page: Page, path: string, heading: string | RegExp, shows: Component[]) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  for (const component of shows) {
    expect(await computed(page, component), `${component} on ${path}`).toBe(
      PROBES[component].value,
    );
  }
  // Components not listed are checked too when the screen happens to show them.
  for (const component of Object.keys(PROBES) as Component[]) {
    const value = await computed(page, component);
    if (value !== null) expect(value, `${component} on ${path}`).toBe(PROBES[component].value);
  }
}

// A dozen page loads on a shared, busy machine.
test.setTimeout(120_000);

test('every staff screen opened by its address carries its components’ styles', async ({
  page,
}) => {
  await signInAs(page, 'Clinic manager');

  // Addresses with ids, read from the screens themselves.
  const search = page.getByLabel('Search patients');
  const workspaceOf = async (name: string) => {
    await search.fill(name);
    await search.press('Enter');
    return page.getByRole('link', { name: resultName(name), exact: true }).getAttribute('href');
  };
  const patient = await workspaceOf('Harold Brooks');
  const holder = (await workspaceOf('Maria Garcia'))!.split('/').pop();

  await checkScreen(page, '/patients', 'Patients', ['Button', 'Input', 'NavLink', 'Badge']);
  await checkScreen(page, `${patient}`, 'Harold Brooks', ['Tabs', 'Button']);
  await checkScreen(page, `${patient}/access`, 'Harold Brooks', ['Tabs', 'Button']);
  await checkScreen(page, `${patient}/activity`, 'Harold Brooks', ['Tabs']);
  await checkScreen(page, `${patient}/shared-access`, 'Harold Brooks', ['Tabs', 'Button']);

  await checkScreen(page, '/shared-access', 'Shared-access requests', ['Input']);
  // The Status list opens above the side menu: its options can be clicked.
  await page.getByRole('textbox', { name: 'Status' }).or(page.getByLabel('Status')).first().click();
  const option = page.getByRole('option', { name: 'All statuses' });
  await expect(option).toBeVisible();
  const box = (await option.boundingBox())!;
  const onTop = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="option"]')?.textContent ?? null,
    { x: box.x + 8, y: box.y + box.height / 2 },
  );
  expect(onTop, 'the first option is not covered').toBe('All statuses');
  await page.keyboard.press('Escape');
  const request = await page
    .getByRole('table', { name: 'Shared-access requests' })
    .getByRole('link', { name: 'Harold Brooks' })
    .getAttribute('href');

  // Harold Brooks' request: the checklist is a styled fieldset of styled checkboxes, and the page
  // keeps a normal length (raw checkboxes with giant check marks made it 13,315 px tall).
  await checkScreen(page, `${request}`, 'Shared-access request for Harold Brooks', [
    'Checkbox',
    'Fieldset',
    'Input',
    'Button',
  ]);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6000);

  await checkScreen(page, '/family-linking', 'Family linking', []);
  await checkScreen(page, `/family-linking/new?patientId=${holder}`, /Link family records/, [
    'Button',
  ]);
  await checkScreen(page, '/audit', 'Audit log', ['Input', 'Button']);
  await checkScreen(page, '/outbox', /Outbox/, []);
});
