import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { db } from '../../mocks/db';
import type { Action } from '../../src/lib/permissions';
import { patientId } from './api-as';
import type { RoleCase } from './role-cases';
import { mariaRequest } from './workflow-setup';

// Family linking (Maria Garcia and her children) and shared access (Dorothy Williams, Ethan Park,
// Thomas Wright's active grant), as the seeded demo people leave them.

const SLOW = { timeout: 15_000 };
const byName = (role: 'button' | 'link' | 'checkbox' | 'textbox', name: string) =>
  screen.queryByRole(role, { name });

/** Search the records step for Robert Chen, an adult, when the screen offers the search. */
const searchRobert = async (user: UserEvent) => {
  const field = screen.queryByLabelText('Search for any patient');
  if (!field) return;
  await user.type(field, 'Robert Chen');
  await user.click(screen.getByRole('button', { name: 'Search' }));
  await screen.findByText('Robert Chen is an adult: not linked', {}, SLOW);
};

/** Ticks a confidential category for Ethan Park (15): only a clinic manager may include it. */
const tickVisitNotes = async (user: UserEvent) => {
  await user.click(
    screen.getByRole('checkbox', { name: 'Visit notes and summaries (confidential)' }),
  );
};

const robertOverride = () => ({
  patientId: patientId('Robert Chen'),
  reason: 'Maria holds his healthcare power of attorney.',
  override: { type: 'healthcare_poa', documentDate: '2026-01-10', expiresOn: null },
});

export const WORKFLOW_ROLE_CASES: Partial<Record<Action, RoleCase>> = {
  'family.link': {
    api: {
      endpoint: 'startLinkingRequest',
      request: () => ({ body: { holderPatientId: patientId('Maria Garcia') } }),
    },
    ui: {
      url: () => `/patients/${patientId('Maria Garcia')}`,
      ready: () => screen.findByText('Link family records', {}, SLOW),
      control: () =>
        byName('link', 'Link family records') ?? byName('button', 'Link family records'),
    },
  },
  'family.linkAdultOverride': {
    within: 'family.link',
    api: {
      endpoint: 'addLinkingRecords',
      request: () => ({
        params: { id: mariaRequest('started') },
        body: { records: [robertOverride()] },
      }),
    },
    ui: {
      url: () => `/family-linking/${mariaRequest('started')}`,
      ready: () =>
        screen.findByRole('heading', { name: /Link family records to Maria Garcia/ }, SLOW),
      open: searchRobert,
      control: () => byName('checkbox', 'Override and link Robert Chen'),
    },
  },
  'proxy.record': {
    api: {
      endpoint: 'createSharedAccessRequest',
      request: () => ({
        body: {
          patientId: patientId('Dorothy Williams'),
          carePartner: {
            name: 'Susan Williams',
            email: 'susan.williams@example.com',
            phone: '555-0119',
            dateOfBirth: null,
            relationship: 'adult_child',
          },
          route: 'in_person',
          scope: ['appointments', 'billing'],
          endsOn: null,
          legalDocument: null,
          phoneIntake: null,
        },
      }),
    },
    ui: {
      url: () => `/patients/${patientId('Dorothy Williams')}/shared-access`,
      ready: () => screen.findByRole('heading', { name: 'Shared Access' }, SLOW),
      control: () => byName('button', 'Record a request'),
    },
  },
  'proxy.review': {
    api: {
      endpoint: 'decideSharedAccessRequest',
      request: () => ({
        params: { id: 'preq_3tq9wz6hkm4c' },
        body: { decision: 'needs_information', version: 1, reason: "Susan's date of birth." },
      }),
    },
    ui: {
      url: () => '/shared-access/preq_3tq9wz6hkm4c',
      ready: () => screen.findByRole('heading', { name: 'Decision' }, SLOW),
      control: () => byName('button', 'Approve and send invitation'),
    },
  },
  'proxy.includeConfidentialForMinor': {
    within: 'proxy.review',
    api: {
      endpoint: 'decideSharedAccessRequest',
      request: () => ({
        params: { id: 'preq_v7r2nx5jd8pa' },
        body: {
          decision: 'approve',
          version: 1,
          identityVerified: true,
          identityMethod: 'Photo ID checked in person',
          consentConfirmed: true,
          consentMethod: 'Patient confirmed in person',
          scopeReviewed: true,
          scope: ['appointments', 'visit_notes'],
          endsOn: null,
          carePartnerEmail: 'jennifer.park@example.com',
          confidentialReason: 'Ethan asked that his mother sees his visit notes.',
        },
      }),
    },
    ui: {
      url: () => '/shared-access/preq_v7r2nx5jd8pa',
      ready: () => screen.findByRole('heading', { name: 'Decision' }, SLOW),
      open: tickVisitNotes,
      control: () => byName('textbox', 'Reason for including confidential categories'),
    },
  },
  'proxy.editGrant': {
    api: {
      endpoint: 'editGrant',
      request: () => ({
        params: { id: 'grant_8mwq3kx7z2vd' },
        body: {
          version: db.proxyGrants.find((g) => g.id === 'grant_8mwq3kx7z2vd')!.version,
          scope: ['appointments', 'billing'],
          until: null,
          confidentialReason: null,
        },
      }),
    },
    ui: {
      url: () => `/patients/${patientId('Thomas Wright')}/shared-access`,
      ready: () => screen.findByRole('row', { name: /Michael Wright/ }, SLOW),
      // A link to the grant's edit dialog, or a disabled button with the reason.
      control: () =>
        byName('link', "Edit Michael Wright's grant") ??
        byName('button', "Edit Michael Wright's grant"),
    },
  },
  'proxy.revoke': {
    api: {
      endpoint: 'revokeGrant',
      request: () => ({
        params: { id: 'grant_8mwq3kx7z2vd' },
        body: { reason: 'Thomas asked us to.' },
      }),
    },
    ui: {
      url: () => `/patients/${patientId('Thomas Wright')}/shared-access`,
      ready: () => screen.findByRole('row', { name: /Michael Wright/ }, SLOW),
      control: () => byName('button', "Revoke Michael Wright's access"),
    },
  },
};
