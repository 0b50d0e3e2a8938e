import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db, TEST_NOW } from '../../../../mocks/db';
import { decideRequest } from '../../../../mocks/services/shared-access';
import { loseFirstAnswer } from '../../../../tests/lost-answer';
import { renderRoute } from '../../../../tests/render';
import { deniedReason } from '../../../lib/permissions';
import { CSRF_HEADER } from '../../../lib/session-timing';

async function choose(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function tickChecklist(user: UserEvent) {
  await user.click(
    screen.getByRole('checkbox', { name: "The care partner's identity is verified" }),
  );
  await choose(user, 'How the identity was verified', 'Known to staff');
  await user.click(screen.getByRole('checkbox', { name: /The patient's consent is confirmed/ }));
  await choose(user, 'How consent was confirmed', 'Patient confirmed on the phone');
  await user.click(screen.getByRole('checkbox', { name: 'I reviewed the scope below' }));
}

describe('Reviewing a shared-access request', { timeout: 90_000 }, () => {
  it('asks for every checklist item before approving', async () => {
    const { user } = renderRoute('/shared-access/preq_3tq9wz6hkm4c', { as: 'patient_experience' });
    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Approve and send invitation' },
        { timeout: 15_000 },
      ),
    );
    expect(
      await screen.findByText("Tick that the care partner's identity was verified."),
    ).toBeInTheDocument();
    expect(screen.getByText('Choose how consent was confirmed.')).toBeInTheDocument();
    expect(screen.getByText('Tick that you reviewed the scope.')).toBeInTheDocument();
  });

  it('says Carlos’s invitation email goes out in Spanish, his language, and it does', async () => {
    const { user } = renderRoute('/shared-access/preq_c7rm4sx2kq9n', { as: 'patient_experience' });
    const email = await screen.findByRole(
      'textbox',
      { name: "Care partner's own email" },
      { timeout: 15_000 },
    );
    expect(email).toHaveAccessibleDescription(
      /The invitation goes here, as an email in Spanish \(Carlos Martínez’s preferred language\)\./,
    );
    await tickChecklist(user);
    await user.click(screen.getByRole('button', { name: 'Approve and send invitation' }));
    expect(
      await screen.findByText(/^Approved by Priya Shah on /, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(db.emails.filter((e) => e.to === 'carlos.martinez@example.com').at(-1)?.language).toBe(
      'es',
    );
  });

  it("blocks approval while Linda's email is Harold's own, and approves with hers", async () => {
    const { user } = renderRoute('/shared-access/preq_k4f8bm2qx9ws', { as: 'patient_experience' });
    const approve = await screen.findByRole(
      'button',
      { name: 'Approve and send invitation' },
      { timeout: 15_000 },
    );
    expect(approve).toBeDisabled();
    expect(screen.getByText("The care partner's email is the patient's own")).toBeInTheDocument();
    const email = screen.getByRole('textbox', { name: "Care partner's own email" });
    await user.clear(email);
    await user.type(email, 'linda.brooks@example.com');
    await tickChecklist(user);
    await user.click(approve);
    // The decided request says who approved it, when, and what was granted; it is no longer waiting.
    expect(
      await screen.findByText(/^Approved by Priya Shah on /, {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Scope granted: /)).toBeInTheDocument();
    expect(screen.queryByText(/days waiting/)).not.toBeInTheDocument();
    expect(screen.queryByText('Decided')).not.toBeInTheDocument();
    expect(db.emails.at(-1)).toMatchObject({
      to: 'linda.brooks@example.com',
      subject: 'Shared access invitation',
    });
  });

  it('deny needs a reason, which is emailed to the requester', async () => {
    const { user } = renderRoute('/shared-access/preq_3tq9wz6hkm4c', { as: 'clinic_manager' });
    await user.click(await screen.findByRole('radio', { name: 'Deny' }, { timeout: 15_000 }));
    await user.click(screen.getByRole('button', { name: 'Deny request' }));
    expect(
      await screen.findByText('Reason for denying needs at least 3 characters.'),
    ).toBeInTheDocument();
    await user.type(
      screen.getByRole('textbox', { name: /Reason for denying/ }),
      'Dorothy said no when we called back.',
    );
    await user.click(screen.getByRole('button', { name: 'Deny request' }));
    expect(await screen.findByText(/^Denied by Carmen Diaz on /)).toBeInTheDocument();
    expect(screen.getByText('Reason: Dorothy said no when we called back.')).toBeInTheDocument();
    expect(db.emails.at(-1)?.body).toContain('Reason: Dorothy said no when we called back.');
  });

  it('needs information says what is missing and keeps the request waiting', async () => {
    const { user } = renderRoute('/shared-access/preq_3tq9wz6hkm4c', { as: 'patient_experience' });
    await user.click(
      await screen.findByRole('radio', { name: 'Needs information' }, { timeout: 15_000 }),
    );
    await user.type(
      screen.getByRole('textbox', { name: /What is missing/ }),
      "Susan's date of birth.",
    );
    await user.click(screen.getByRole('button', { name: 'Ask for information' }));
    expect(
      await screen.findByText('Needs information', { selector: '.mantine-Badge-label' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Approve and send invitation' })).toBeInTheDocument();
  });

  it('after a lost answer the form keeps what was typed, and pressing again emails the requester once', async () => {
    const seen = loseFirstAnswer('/shared-access/requests/:id/decision');
    const { user } = renderRoute('/shared-access/preq_3tq9wz6hkm4c', { as: 'patient_experience' });
    await user.click(
      await screen.findByRole('radio', { name: 'Needs information' }, { timeout: 15_000 }),
    );
    const missing = screen.getByRole('textbox', { name: /What is missing/ });
    await user.type(missing, "Susan's date of birth.");
    await user.click(screen.getByRole('button', { name: 'Ask for information' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server had a problem');
    expect(screen.getByRole('radio', { name: 'Needs information' })).toBeChecked();
    expect(missing).toHaveValue("Susan's date of birth.");
    await user.click(screen.getByRole('button', { name: 'Ask for information' }));
    expect(await screen.findByText('The requester was emailed.')).toBeInTheDocument();
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(seen[0]);
    const asked = db.emails.filter(
      (e) =>
        e.to === 'susan.williams@example.com' &&
        e.subject === 'Your shared access request needs more information',
    );
    expect(asked).toHaveLength(1);
  });

  it('shows front desk why they cannot decide, and the API answers 403', async () => {
    renderRoute('/shared-access/preq_3tq9wz6hkm4c', { as: 'front_desk' });
    const approve = await screen.findByRole(
      'button',
      { name: 'Approve and send invitation' },
      { timeout: 15_000 },
    );
    expect(approve).toHaveAttribute('aria-disabled', 'true');
    expect(approve).toHaveAccessibleDescription(deniedReason('proxy.review'));
    const res = await fetch('/api/v1/shared-access/requests/preq_3tq9wz6hkm4c/decision', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': 'k1',
        [CSRF_HEADER.name]: CSRF_HEADER.value,
      },
      body: JSON.stringify({ decision: 'deny', version: 1, reason: 'Front desk tries' }),
    });
    // Refused for the role (front desk's session cookie is sent), not for a missing header.
    expect(res.status).toBe(403);
    expect(((await res.json()) as { detail: string }).detail).toBe(deniedReason('proxy.review'));
  });

  it('tells the second reviewer someone else decided meanwhile, and shows the request as it is now', async () => {
    const { user } = renderRoute('/shared-access/preq_3tq9wz6hkm4c', { as: 'patient_experience' });
    await screen.findByRole('button', { name: 'Approve and send invitation' }, { timeout: 15_000 });
    const carmen = db.staff.find((s) => s.role === 'clinic_manager')!;
    decideRequest(
      db,
      { id: carmen.id, name: carmen.name, role: carmen.role },
      'preq_3tq9wz6hkm4c',
      { decision: 'deny', version: 1, reason: 'Dorothy said no.' },
      TEST_NOW,
    );
    await tickChecklist(user);
    await user.click(screen.getByRole('button', { name: 'Approve and send invitation' }));
    expect(
      await screen.findByText(
        'Someone else decided this request meanwhile',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Carmen Diaz already recorded a decision\./)).toBeInTheDocument();
    expect(await screen.findByText(/^Denied by Carmen Diaz on /)).toBeInTheDocument();
    expect(screen.getByText('Reason: Dorothy said no.')).toBeInTheDocument();
  });
});
