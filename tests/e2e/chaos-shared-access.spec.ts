import { expect, test, type Locator, type Page } from '@playwright/test';
import { failOnUncaughtErrors } from './access-support';
import {
  CHAOS_SEED,
  activityRows,
  openRecord,
  openTab,
  outboxEmails,
  reopenTab,
  reportRetries,
  savedNotice as saved,
  untilDone,
  untilShown,
  type Retries,
} from './chaos-support';
import { addDays, demoToday, expectNoA11yViolations } from './support';

failOnUncaughtErrors();

const CONSENT_HEARD =
  'Grace joined the call and asked for Daniel to help with appointments and bills.';
const MISSING = "A copy of Daniel's photo ID.";

/** Picks an option of a Mantine Select. */
async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(scope.getByRole('combobox', { name: label })).toHaveValue(option);
}

const sharedAccessHeading = (page: Page) => page.getByRole('heading', { name: 'Shared Access' });

async function openSharedAccessTab(page: Page, retries: Retries): Promise<void> {
  await openTab(page, retries, 'Shared Access', sharedAccessHeading(page));
}

/** The Shared Access tab shows a confirmed change, opening it again if its refresh failed. */
function untilTabShows(page: Page, retries: Retries, shown: Locator): Promise<void> {
  return untilShown(retries, shown, () =>
    reopenTab(page, retries, 'Shared Access', sharedAccessHeading(page)),
  );
}

test('shared access with 30% of requests failing: sign-in, a phone request recorded, needs information, approved, invitation resent and accepted, a denial, a grant’s end date changed and the grant revoked, each done once', async ({
  page,
  context,
}) => {
  const retries: Retries = { failures: 0 };

  // The clinic is unreliable from the start (the chaos switch as a URL), sign-in included.
  await page.goto(`/sign-in?chaos=0.3&latency=150&seed=${CHAOS_SEED}&redirect=%2Fpatients`);
  const email = page.getByLabel('Work email');
  const password = page.getByLabel('Password', { exact: true });
  await email.fill('manager@clinic.example');
  await password.fill('demo');
  await untilDone(
    page,
    retries,
    page.getByRole('heading', { level: 1, name: 'Patients' }),
    () => page.getByRole('button', { name: 'Sign in', exact: true }).click(),
    {
      stillTyped: async () => {
        await expect(email).toHaveValue('manager@clinic.example');
        await expect(password).toHaveValue('demo');
      },
    },
  );

  // Grace Lee's son Daniel asks by phone; the desk records it.
  await openRecord(page, retries, 'Grace Lee');
  await openSharedAccessTab(page, retries);
  await page.getByRole('button', { name: 'Record a request' }).click();
  const form = page.getByRole('dialog', { name: 'Record a shared-access request' });
  const typed = {
    "Care partner's name": 'Daniel Lee',
    "Care partner's own email": 'daniel.lee@example.com',
    Phone: '555-0166',
    'Date of birth': '1990-04-12',
  };
  for (const [label, value] of Object.entries(typed)) await form.getByLabel(label).fill(value);
  await choose(page, form, 'Relationship to the patient', 'Adult child');
  await choose(page, form, 'How the request came', 'Phone');
  await form.getByLabel("How the patient's consent was heard").fill(CONSENT_HEARD);
  await form.getByRole('button', { name: 'Administrative only' }).click();
  await expectNoA11yViolations(page, 'record a shared-access request, filled');
  await untilDone(
    page,
    retries,
    saved(page, 'It is in the Shared-access requests queue for review.'),
    () => form.getByRole('button', { name: 'Record request' }).click(),
    {
      stillTyped: async () => {
        for (const [label, value] of Object.entries(typed))
          await expect(form.getByLabel(label)).toHaveValue(value);
        await expect(
          form.getByRole('combobox', { name: 'Relationship to the patient' }),
        ).toHaveValue('Adult child');
        await expect(form.getByRole('combobox', { name: 'How the request came' })).toHaveValue(
          'Phone',
        );
        await expect(form.getByLabel('Who took the call')).toHaveValue('Carmen Diaz');
        await expect(form.getByLabel("How the patient's consent was heard")).toHaveValue(
          CONSENT_HEARD,
        );
        await expect(form.getByRole('checkbox', { name: 'Appointments' })).toBeChecked();
        await expect(form.getByRole('checkbox', { name: 'Test results' })).not.toBeChecked();
      },
    },
  );

  await untilTabShows(
    page,
    retries,
    page.getByRole('link', { name: 'Review Daniel Lee’s request' }),
  );

  // The review: first more information is asked for, then it is approved.
  await untilDone(
    page,
    retries,
    page.getByRole('heading', { level: 1, name: 'Shared-access request for Grace Lee' }),
    () => page.getByRole('link', { name: 'Review Daniel Lee’s request' }).click(),
  );
  const decision = page.getByRole('region', { name: 'Decision' });
  await decision.getByRole('radio', { name: 'Needs information' }).check();
  const missing = decision.getByRole('textbox', { name: 'What is missing' });
  await missing.fill(MISSING);
  await expectNoA11yViolations(page, 'decision: needs information');
  await untilDone(
    page,
    retries,
    saved(page, 'The requester was emailed.'),
    () => decision.getByRole('button', { name: 'Ask for information' }).click(),
    {
      stillTyped: async () => {
        await expect(decision.getByRole('radio', { name: 'Needs information' })).toBeChecked();
        await expect(missing).toHaveValue(MISSING);
      },
    },
  );

  const ticks = [
    "The care partner's identity is verified",
    "The patient's consent is confirmed, or a legal document replaces it",
    'I reviewed the scope below',
  ];
  await decision.getByRole('radio', { name: 'Approve' }).check();
  await decision.getByRole('checkbox', { name: ticks[0] }).check();
  await choose(page, decision, 'How the identity was verified', 'Photo ID checked in person');
  await decision.getByRole('checkbox', { name: ticks[1] }).check();
  await choose(page, decision, 'How consent was confirmed', 'Patient confirmed on the phone');
  await decision.getByRole('checkbox', { name: ticks[2] }).check();
  await untilDone(
    page,
    retries,
    saved(page, 'An invitation was emailed to daniel.lee@example.com.'),
    () => decision.getByRole('button', { name: 'Approve and send invitation' }).click(),
    {
      stillTyped: async () => {
        for (const name of ticks)
          await expect(decision.getByRole('checkbox', { name })).toBeChecked();
        await expect(
          decision.getByRole('combobox', { name: 'How the identity was verified' }),
        ).toHaveValue('Photo ID checked in person');
        await expect(
          decision.getByRole('combobox', { name: 'How consent was confirmed' }),
        ).toHaveValue('Patient confirmed on the phone');
      },
    },
  );
  const dob = new Date(
    `${await page
      .getByRole('region', { name: 'The patient’s record' })
      .getByText(/^\w{3} \d{1,2}, \d{4}$/)
      .textContent()} 00:00:00 UTC`,
  )
    .toISOString()
    .slice(0, 10);

  // Daniel cannot find the invitation: it is sent again, once.
  await page.getByRole('link', { name: 'Open Grace Lee’s Shared Access tab' }).click();
  const grant = page
    .getByRole('table', { name: 'Shared-access grants' })
    .getByRole('row', { name: /Daniel Lee/ });
  await untilDone(page, retries, sharedAccessHeading(page), async () => {});
  await untilTabShows(page, retries, grant);
  await expect(grant).toContainText('Invited');
  await untilDone(
    page,
    retries,
    saved(page, 'A new 5-day invitation went to daniel.lee@example.com.'),
    () => grant.getByRole('button', { name: 'Send invitation again' }).click(),
    { notice: true },
  );
  for (const [action, count] of [
    ['Shared-access request recorded', 1],
    ['Shared access: information requested', 1],
    ['Shared access approved', 1],
    ['Shared access invitation resent', 1],
  ] as const)
    await expect(await activityRows(page, retries, action), action).toHaveCount(count);

  // Harold Brooks's paper request is denied.
  await page.getByRole('link', { name: /^Shared-access requests/ }).click();
  const harold = page
    .getByRole('table', { name: 'Shared-access requests' })
    .getByRole('link', { name: 'Harold Brooks' });
  await untilDone(page, retries, harold, async () => {});
  await untilDone(
    page,
    retries,
    page.getByRole('heading', { level: 1, name: 'Shared-access request for Harold Brooks' }),
    () => harold.click(),
  );
  await decision.getByRole('radio', { name: 'Deny' }).check();
  const why = decision.getByRole('textbox', { name: 'Reason for denying' });
  await why.fill('Harold asked us not to share his records.');
  await untilDone(
    page,
    retries,
    saved(page, 'The requester was emailed.'),
    () => decision.getByRole('button', { name: 'Deny request' }).click(),
    { stillTyped: () => expect(why).toHaveValue('Harold asked us not to share his records.') },
  );
  await untilDone(
    page,
    retries,
    page.getByRole('heading', { level: 1, name: 'Harold Brooks' }),
    () => page.getByRole('link', { name: 'Open Harold Brooks’s Shared Access tab' }).click(),
  );
  await expect(await activityRows(page, retries, 'Shared access denied')).toHaveCount(1);

  // Thomas Wright gives Michael's access an end date, then ends it.
  await openRecord(page, retries, 'Thomas Wright');
  await openSharedAccessTab(page, retries);
  await page.getByRole('link', { name: "Edit Michael Wright's grant" }).click();
  const edit = page.getByRole('dialog', { name: "Edit Michael Wright's shared access" });
  const until = edit.getByLabel('End date (optional)');
  const endDate = addDays(await demoToday(page), 90);
  await until.fill(endDate);
  await untilDone(
    page,
    retries,
    saved(page, 'Michael Wright now sees:'),
    () => edit.getByRole('button', { name: 'Save changes' }).click(),
    { stillTyped: () => expect(until).toHaveValue(endDate) },
  );
  await expect(edit).toBeHidden();
  await page.getByRole('button', { name: "Revoke Michael Wright's access" }).click();
  const revoke = page.getByRole('dialog', { name: 'Revoke shared access' });
  const revokeWhy = revoke.getByLabel('Reason for revoking');
  await revokeWhy.fill('Thomas asked to end it.');
  await expectNoA11yViolations(page, 'revoke shared access dialog');
  await untilDone(
    page,
    retries,
    saved(page, 'Michael Wright can no longer see this record.'),
    () => revoke.getByRole('button', { name: 'Revoke access' }).click(),
    { stillTyped: () => expect(revokeWhy).toHaveValue('Thomas asked to end it.') },
  );
  const michael = page
    .getByRole('table', { name: 'Shared-access grants' })
    .getByRole('row', { name: /Michael Wright/ });
  await untilTabShows(page, retries, michael.filter({ hasText: 'Revoked' }));
  await expect(await activityRows(page, retries, 'Shared access changed')).toHaveCount(1);
  await expect(await activityRows(page, retries, 'Shared access revoked')).toHaveCount(1);

  // One email per intended send.
  const outbox = async (subject: string, to: string) => outboxEmails(page, subject, to);
  await expect(
    await outbox('Your shared access request was not approved', 'harold.brooks@example.com'),
  ).toHaveCount(1);
  await expect(
    await outbox('Your shared access request needs more information', 'daniel.lee@example.com'),
  ).toHaveCount(1);
  const invitations = await outbox('Shared access invitation', 'daniel.lee@example.com');
  await expect(invitations).toHaveCount(2);

  // Daniel accepts the newest invitation in his own tab: Grace's date of birth, then his own login.
  const href = await invitations
    .first()
    .getByRole('link', { name: 'Open as patient' })
    .getAttribute('href');
  const daniel = await context.newPage();
  await daniel.goto(href ?? '');
  const dobField = daniel.getByLabel("Grace's date of birth");
  await untilDone(daniel, retries, dobField, async () => {});
  await dobField.fill(dob);
  const choose1 = daniel.getByLabel('Choose a password');
  await untilDone(
    daniel,
    retries,
    choose1,
    () => daniel.getByRole('button', { name: 'Continue' }).click(),
    {
      stillTyped: () => expect(dobField).toHaveValue(dob),
    },
  );
  await expect(daniel.getByLabel('Your email')).toHaveValue('daniel.lee@example.com');
  await choose1.fill('Daniel-own-2026');
  await daniel.getByLabel('Confirm password').fill('Daniel-own-2026');
  await untilDone(
    daniel,
    retries,
    daniel.getByRole('region', { name: "Grace Lee's records" }),
    () => daniel.getByRole('button', { name: 'Create my login and accept' }).click(),
    {
      stillTyped: async () => {
        await expect(choose1).toHaveValue('Daniel-own-2026');
        await expect(daniel.getByLabel('Confirm password')).toHaveValue('Daniel-own-2026');
      },
    },
  );
  await expect(
    daniel.getByRole('region', { name: "Grace Lee's records" }).getByRole('listitem'),
  ).toHaveText(['Appointments', 'Billing and payments']);
  reportRetries(retries);
});
