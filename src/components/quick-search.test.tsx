import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { patientIdOf, renderRoute } from '../../tests/render';

const BOX = /Name, date of birth/;

async function openWorkspace() {
  const rendered = renderRoute(`/patients/${patientIdOf('Grace Lee')}`, { as: 'front_desk' });
  await screen.findByRole('heading', { name: 'Grace Lee' });
  return rendered;
}

describe('Quick search (Ctrl+K)', () => {
  it('keeps every key typed right after Ctrl+K, before the box has appeared', async () => {
    const { user } = await openWorkspace();
    // One burst: the dialog's code is still loading when the first letters are typed.
    await user.keyboard('{Control>}k{/Control}Robert Chen');
    const dialog = await screen.findByRole('dialog', { name: 'Find a patient' });
    const box = within(dialog).getByLabelText(BOX);
    await waitFor(() => expect(box).toHaveValue('Robert Chen'));
    expect(box).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('link', { name: 'Chen, Robert' })).toBeInTheDocument();
  });

  it('opens empty again after it was closed with text in it', async () => {
    const { user } = await openWorkspace();
    await user.keyboard('{Control>}k{/Control}');
    let dialog = await screen.findByRole('dialog', { name: 'Find a patient' });
    await user.type(within(dialog).getByLabelText(BOX), 'Wright');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.keyboard('{Control>}k{/Control}');
    dialog = await screen.findByRole('dialog', { name: 'Find a patient' });
    const box = within(dialog).getByLabelText(BOX);
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    await user.keyboard('Lee');
    expect(box).toHaveValue('Lee');
  });

  it('opens from inside the Patients search box, where the landing page puts the focus', async () => {
    const { user } = renderRoute('/patients', { as: 'front_desk' });
    const pageBox = await screen.findByLabelText('Search patients');
    await waitFor(() => expect(pageBox).toHaveFocus());
    await user.keyboard('{Control>}k{/Control}Lee');
    const dialog = await screen.findByRole('dialog', { name: 'Find a patient' });
    await waitFor(() => expect(within(dialog).getByLabelText(BOX)).toHaveValue('Lee'));
    expect(pageBox).toHaveValue('');
  });
});
