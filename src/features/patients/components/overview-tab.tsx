import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { Patient } from '../../../api/contract/patient';
import { AnchorLink } from '../../../components/anchor-link';
import { DeniedButton } from '../../../components/denied-button';
import { PortalStatusBadge } from '../../../components/status-badges';
import { formatDate, fullName } from '../../../lib/format';
import { languageName } from '../../../lib/languages';
import { can } from '../../../lib/permissions';
import { patientQueries } from '../api/patient-queries';

const route = getRouteApi('/_staff/patients/$patientId/');
const staffRoute = getRouteApi('/_staff');

// The dialog and its checks load the first time staff reach for it, not with the Overview.
const loadEditContact = () => import('./edit-contact-modal');
const EditContactModal = lazy(() =>
  loadEditContact().then((m) => ({ default: m.EditContactModal })),
);

/** Edit contact, or for a role without it, the button shown disabled with the reason beside it. */
function EditContact({ patient }: { patient: Patient }) {
  const { user } = staffRoute.useRouteContext();
  const [opened, setOpened] = useState(false);
  const [loaded, setLoaded] = useState(false);
  if (!can(user.role, 'patients.updateContact')) {
    return (
      <DeniedButton
        action="patients.updateContact"
        reasonId="edit-contact-denied-reason"
        size="xs"
        variant="default"
      >
        Edit contact
      </DeniedButton>
    );
  }
  const open = () => {
    setLoaded(true);
    setOpened(true);
  };
  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={open}
        onPointerEnter={() => void loadEditContact()}
        onFocus={() => void loadEditContact()}
      >
        Edit contact
      </Button>
      {loaded && (
        <Suspense fallback={null}>
          <EditContactModal opened={opened} patient={patient} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </>
  );
}

const loadLanguageModal = () => import('./language-modal');
const LanguageModal = lazy(() => loadLanguageModal().then((m) => ({ default: m.LanguageModal })));

/** The patient's preferred language, and for staff who may change contact details, Change. */
function PreferredLanguage({ patient }: { patient: Patient }) {
  const { user } = staffRoute.useRouteContext();
  const [opened, setOpened] = useState(false);
  const [loaded, setLoaded] = useState(false);
  return (
    <Group gap="xs" wrap="nowrap" component="span">
      <span>{languageName(patient.preferredLanguage)}</span>
      {can(user.role, 'patients.updateContact') && (
        <Button
          size="compact-xs"
          variant="subtle"
          aria-label="Change preferred language"
          onClick={() => {
            setLoaded(true);
            setOpened(true);
          }}
          onPointerEnter={() => void loadLanguageModal()}
          onFocus={() => void loadLanguageModal()}
        >
          Change
        </Button>
      )}
      {loaded && (
        <Suspense fallback={null}>
          <LanguageModal opened={opened} patient={patient} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </Group>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

const SEX = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not recorded' } as const;

/**
 * `familyLinking`: what another workflow shows about this record's account (the route composes
 * it, since one feature never imports another).
 */
export function OverviewTab({ familyLinking }: { familyLinking?: ReactNode }) {
  const { patientId } = route.useParams();
  const { data: patient } = useSuspenseQuery(patientQueries.detail(patientId));
  const {
    data: { account },
  } = useSuspenseQuery(patientQueries.portalAccount(patientId));
  const others = account?.records.filter((r) => r.patientId !== patientId) ?? [];

  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Demographics
        </Title>
        <Stack gap="xs" component="dl" m={0}>
          <Field label="Name">{fullName(patient)}</Field>
          <Field label="Date of birth">{formatDate(patient.dateOfBirth)}</Field>
          <Field label="Sex">{SEX[patient.sex]}</Field>
          <Field label="MRN">{patient.mrn}</Field>
          <Field label="Preferred language">
            <PreferredLanguage patient={patient} />
          </Field>
        </Stack>
      </Card>
      <Card withBorder>
        <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
          <Title order={2} size="h4">
            Contact details
          </Title>
          <EditContact patient={patient} />
        </Group>
        <Stack gap="xs" component="dl" m={0}>
          <Field label="Email">{patient.email ?? 'No email on file'}</Field>
          <Field label="Phone">{patient.phone ?? 'No phone on file'}</Field>
          <Field label="Address">
            {patient.address
              ? `${patient.address.line1}, ${patient.address.city} ${patient.address.postalCode}`
              : 'No address on file'}
          </Field>
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Portal account
        </Title>
        <Stack gap="xs">
          <PortalStatusBadge status={patient.portalStatus} />
          {!account ? (
            <Text size="sm">
              No portal account holds this record. Send a Medical Records Access Link from the
              Medical Access Code tab.
            </Text>
          ) : (
            <>
              <Text size="sm">
                Held by the account <strong>{account.email}</strong>
                {account.createdVia === 'online_booking' ? ' (created by booking online)' : ''}.
              </Text>
              <Text size="sm" fw={600} id="other-records-heading">
                Other records in this account
              </Text>
              {others.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Only this record.
                </Text>
              ) : (
                <List size="sm" spacing={4} aria-labelledby="other-records-heading">
                  {others.map((r) => (
                    <List.Item key={r.patientId}>
                      <AnchorLink to="/patients/$patientId" params={{ patientId: r.patientId }}>
                        {r.name}
                      </AnchorLink>{' '}
                      <Badge
                        size="xs"
                        variant="light"
                        color={r.access === 'full' ? 'green' : 'yellow'}
                      >
                        {r.access} access
                      </Badge>
                    </List.Item>
                  ))}
                </List>
              )}
            </>
          )}
          {familyLinking}
        </Stack>
      </Card>
    </SimpleGrid>
  );
}
