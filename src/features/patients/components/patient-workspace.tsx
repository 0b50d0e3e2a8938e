import { Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { EmailProblemBadge, PortalStatusBadge } from '../../../components/status-badges';
import { formatDate, fullName } from '../../../lib/format';
import { patientQueries } from '../api/patient-queries';
import { EmailProblemBanner } from './email-problem-banner';

const route = getRouteApi('/_staff/patients/$patientId');

const TABS = [
  { value: 'overview', label: 'Overview', to: '/patients/$patientId' },
  { value: 'access', label: 'Medical Access Code', to: '/patients/$patientId/access' },
  { value: 'shared-access', label: 'Shared Access', to: '/patients/$patientId/shared-access' },
  { value: 'activity', label: 'Activity', to: '/patients/$patientId/activity' },
] as const;
type TabValue = (typeof TABS)[number]['value'];

function currentTab(pathname: string): TabValue {
  if (pathname.endsWith('/access')) return 'access';
  if (pathname.endsWith('/activity')) return 'activity';
  if (pathname.endsWith('/shared-access')) return 'shared-access';
  return 'overview';
}

/** The Patient Workspace: who this is, at a glance, and a tab per task. */
export function PatientWorkspace() {
  const { patientId } = route.useParams();
  const { data: patient } = useSuspenseQuery(patientQueries.detail(patientId));
  const navigate = useNavigate();
  const tab = currentTab(useRouterState({ select: (s) => s.location.pathname }));

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Patient Workspace
            </Text>
            <Title order={1} size="h2">
              {fullName(patient)}
            </Title>
            <Group gap="lg">
              <Text size="sm">
                <Text span c="dimmed">
                  Age{' '}
                </Text>
                {patient.age}
              </Text>
              <Text size="sm">
                <Text span c="dimmed">
                  DOB{' '}
                </Text>
                {formatDate(patient.dateOfBirth)}
              </Text>
              <Text size="sm">
                <Text span c="dimmed">
                  MRN{' '}
                </Text>
                {patient.mrn}
              </Text>
              {/* The address itself is on the Overview; here only when it must not be trusted. */}
              {patient.emailProblem && (
                <Group gap={6}>
                  <Text size="sm">
                    <Text span c="dimmed">
                      Email{' '}
                    </Text>
                    {patient.emailProblem.email}
                  </Text>
                  <EmailProblemBadge problem={patient.emailProblem} />
                </Group>
              )}
            </Group>
          </Stack>
          <Stack gap={4} align="flex-end">
            <Text size="xs" c="dimmed">
              Portal status
            </Text>
            <PortalStatusBadge status={patient.portalStatus} />
          </Stack>
        </Group>
      </Paper>
      <EmailProblemBanner patient={patient} />
      <Tabs
        value={tab}
        onChange={(value) => {
          const target = TABS.find((t) => t.value === value);
          if (target) void navigate({ to: target.to, params: { patientId } });
        }}
      >
        <Tabs.List aria-label="Patient Workspace tabs">
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((t) => (
          <Tabs.Panel key={t.value} value={t.value} pt="md">
            {t.value === tab && <Outlet />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
