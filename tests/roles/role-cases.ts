import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { db } from '../../mocks/db';
import type { EndpointId } from '../../src/api/contract/endpoints';
import type { Action } from '../../src/lib/permissions';
import { codeOf, patientId, type CallOptions } from './api-as';
import { WORKFLOW_ROLE_CASES } from './role-cases-workflows';

/**
 * How to try each action of the permissions table, once through the API and once in the UI.
 * The role matrix (role-matrix.test.tsx) runs every case for every role. An action of the table
 * with no case here and no entry in NOT_YET_COVERED fails the test.
 */
export interface RoleCase {
  /**
   * The broader action this one is a stricter part of: a role without that one is turned away
   * with its reason first (the override needs linking; confidential categories need reviewing).
   */
  within?: Action;
  /** The endpoint that enforces the action, and a request it would accept. */
  api: { endpoint: EndpointId; request: () => CallOptions };
  ui: {
    url: () => string;
    /** Resolves once the screen has loaded, whatever the role. */
    ready: () => Promise<unknown>;
    /** Brings the control on screen (opens a menu or a dialog). */
    open?: (user: UserEvent) => Promise<void>;
    /** The control, or null when the screen leaves it out. */
    control: () => HTMLElement | null;
  };
}

const accessTab = (name: string) => () => `/patients/${patientId(name)}/access`;
const accessCard = () => screen.findByRole('heading', { name: 'Medical Access Code' });
const button = (name: string) => () => screen.queryByRole('button', { name });
const versionOf = (name: string) => db.patients.find((p) => p.id === patientId(name))!.version;

export const ROLE_CASES: Partial<Record<Action, RoleCase>> = {
  'patients.view': {
    api: { endpoint: 'getPatient', request: () => ({ params: { id: patientId('Robert Chen') } }) },
    ui: {
      url: () => `/patients/${patientId('Robert Chen')}`,
      ready: () => screen.findByRole('navigation', { name: 'Main' }),
      control: () => screen.queryByRole('heading', { level: 1, name: /Robert Chen/ }),
    },
  },
  'patients.updateContact': {
    api: {
      endpoint: 'updateContact',
      request: () => ({
        params: { id: patientId('Robert Chen') },
        body: { email: 'r.chen@example.org', phone: null, version: versionOf('Robert Chen') },
      }),
    },
    ui: {
      // Edit contact, on the Overview's contact details.
      url: () => `/patients/${patientId('Robert Chen')}`,
      ready: () => screen.findByRole('heading', { name: 'Contact details' }),
      control: button('Edit contact'),
    },
  },
  'accessCode.request': {
    api: {
      endpoint: 'requestAccessCode',
      request: () => ({
        params: { id: patientId('Robert Chen') },
        body: { confirmReplace: false },
      }),
    },
    ui: {
      url: accessTab('Robert Chen'),
      ready: accessCard,
      control: button('Request Access Code'),
    },
  },
  'accessCode.send': {
    api: {
      endpoint: 'sendAccessLink',
      request: () => ({
        params: { id: patientId("James O'Brien") },
        body: {
          email: 'jobrien@example.net',
          confirmedWithPatient: true,
          version: versionOf("James O'Brien"),
          issueCodeIfNone: false,
        },
      }),
    },
    ui: { url: accessTab('Robert Chen'), ready: accessCard, control: button('Send Access Link') },
  },
  'accessCode.print': {
    api: {
      endpoint: 'printAccessCode',
      request: () => ({
        params: { id: patientId("James O'Brien") },
        body: { codeId: codeOf("James O'Brien").id },
      }),
    },
    ui: {
      url: accessTab("James O'Brien"),
      ready: accessCard,
      open: async (user) => user.click(await screen.findByRole('button', { name: 'Send options' })),
      control: () => screen.queryByRole('menuitem', { name: 'Print access code' }),
    },
  },
  'accessCode.reveal': {
    api: {
      endpoint: 'revealAccessCode',
      request: () => ({ params: { id: patientId("James O'Brien") } }),
    },
    ui: { url: accessTab("James O'Brien"), ready: accessCard, control: button('Reveal') },
  },
  'accessCode.cancelUnredeemed': {
    api: {
      endpoint: 'revokeAccess',
      request: () => ({
        params: { id: patientId("James O'Brien") },
        body: { reason: 'wrong_person' },
      }),
    },
    ui: { url: accessTab("James O'Brien"), ready: accessCard, control: button('Revoke Access') },
  },
  'access.revokeUsed': {
    api: {
      endpoint: 'revokeAccess',
      request: () => ({
        params: { id: patientId('Olivia Martin') },
        body: { reason: 'wrong_person' },
      }),
    },
    ui: { url: accessTab('Olivia Martin'), ready: accessCard, control: button('Revoke Access') },
  },
  'audit.readAll': {
    api: { endpoint: 'auditLog', request: () => ({}) },
    ui: {
      url: () => '/audit',
      ready: () => screen.findByRole('heading', { name: 'Audit log' }),
      control: () => screen.queryByRole('link', { name: 'Audit log' }),
    },
  },
  ...WORKFLOW_ROLE_CASES,
};

/**
 * Actions of the table whose endpoints and screens are not on this branch yet. Each comes out of
 * this list, into ROLE_CASES, when its code lands: the matrix fails once a service enforces one.
 */
export const NOT_YET_COVERED: Partial<Record<Action, string>> = {};
