import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { API, problem } from '../../mocks/http';
import { server } from '../../mocks/node';
import { patientIdOf, renderRoute } from '../render';

// The API is the judge: even where the table lets a role act, the server may refuse (the role was
// changed meanwhile). The refusal must be said once, where the user acted, never twice.
const REASON = 'Your role was changed: ask your clinic manager.';
const refuse = (method: 'get' | 'post', path: string) =>
  server.use(
    http[method](`${API}${path}`, () => problem(403, 'Not allowed for your role', REASON)),
  );

/** Lets any notification the refusal might raise appear before counting. */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('A 403 is reported once, in the place the user acted', () => {
  it('in the Send Access Link dialog, not also as a notification', async () => {
    refuse('post', '/patients/:id/access-link');
    const { user } = renderRoute(`/patients/${patientIdOf("James O'Brien")}/access`, {
      as: 'front_desk',
    });
    const menu = await screen.findByRole('button', { name: 'Send options' }, { timeout: 15_000 });
    await user.click(menu);
    await user.click(await screen.findByRole('menuitem', { name: 'Send Access Link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send Access Link' });
    await user.click(within(dialog).getByRole('checkbox', { name: /I confirmed this email/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send Access Link' }));

    expect(await within(dialog).findByText(REASON)).toBeVisible();
    await settle();
    expect(screen.getAllByText(REASON)).toHaveLength(1);
  });

  it('beside the Reveal button', async () => {
    refuse('post', '/patients/:id/access-code/reveal');
    const { user } = renderRoute(`/patients/${patientIdOf("James O'Brien")}/access`, {
      as: 'front_desk',
    });
    await user.click(await screen.findByRole('button', { name: 'Reveal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(REASON);
    await settle();
    expect(screen.getAllByText(REASON, { exact: false })).toHaveLength(1);
  });

  it('as the one failure notice of the Request Access Code button', async () => {
    refuse('post', '/patients/:id/access-code');
    const { user } = renderRoute(`/patients/${patientIdOf('Robert Chen')}/access`, {
      as: 'front_desk',
    });
    await user.click(await screen.findByRole('button', { name: 'Request Access Code' }));
    expect(await screen.findByText(REASON)).toBeVisible();
    await settle();
    expect(screen.getAllByText(REASON)).toHaveLength(1);
  });

  it('on the screen that could not be read', async () => {
    refuse('get', '/patients/:id');
    renderRoute(`/patients/${patientIdOf('Robert Chen')}`, { as: 'front_desk' });
    expect(await screen.findByText(REASON)).toBeVisible();
    await settle();
    expect(screen.getAllByText(REASON)).toHaveLength(1);
  });
});
