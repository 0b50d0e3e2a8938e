import { Alert, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { RELATIONSHIP_LABELS, ROUTE_LABELS } from '../../../api/contract/shared-access';
import { ApiError } from '../../../api/errors';
import { sharedAccessQueries } from '../../../api/shared-access-queries';
import { AnchorLink } from '../../../components/anchor-link';
import { ErrorState } from '../../../components/query-states';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useDecideRequest } from '../api/shared-access-mutations';
import { DecisionForm } from './decision-form';
import { documentText, RequestStatusBadge, scopeText } from './shared-access-text';
import { WarningList } from './warning-list';

const DECISION_LABELS = {
  approve: 'Approved',
  deny: 'Denied',
  needs_information: 'Asked for more information',
} as const;

const route = getRouteApi('/_staff/shared-access/$requestId');

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={150} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Group>
  );
}

/** The request beside the patient's record, its warnings, and the decision. */
export function ReviewScreen() {
  const { requestId } = route.useParams();
  const { data: r } = useSuspenseQuery(sharedAccessQueries.request(requestId));
  const decide = useDecideRequest(requestId);
  const waiting = r.status === 'new' || r.status === 'needs_information';
  const lastDecision = r.decisions.at(-1);
  const approved = !waiting && lastDecision?.kind === 'approve';
  const conflict = decide.error instanceof ApiError && decide.error.status === 409;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Shared-access request for {r.patient.name}</Title>
        <RequestStatusBadge status={r.status} />
      </Group>
      {conflict && <ErrorState error={decide.error} />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="request-heading">
            <Stack gap="xs">
              <Title order={2} size="h4" id="request-heading">
                The request
              </Title>
              <Field label="Care partner">{r.carePartner.name}</Field>
              <Field label="Relationship">{RELATIONSHIP_LABELS[r.carePartner.relationship]}</Field>
              <Field label="Email">{r.carePartner.email}</Field>
              <Field label="Phone">{r.carePartner.phone ?? 'Not given'}</Field>
              <Field label="Date of birth">
                {r.carePartner.dateOfBirth ? formatDate(r.carePartner.dateOfBirth) : 'Not given'}
              </Field>
              <Field label="Came by">{ROUTE_LABELS[r.route]}</Field>
              {r.phoneIntake && (
                <Field label="Phone call">
                  Taken by {r.phoneIntake.takenBy}. Consent heard: {r.phoneIntake.consentHeard}
                </Field>
              )}
              <Field label="Received">
                {formatDateTime(r.receivedAt)}
                {waiting ? ` (${r.daysWaiting} days waiting)` : ''}
              </Field>
              {/* An approval replaces the scope asked for with the one granted. */}
              <Field label={approved ? 'Scope granted' : 'Scope asked for'}>
                {scopeText(r.scope)}
              </Field>
              <Field label="End date">{r.endsOn ? formatDate(r.endsOn) : 'None'}</Field>
              <Field label="Legal document">{documentText(r.legalDocument)}</Field>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="patient-heading">
            <Stack gap="xs">
              <Title order={2} size="h4" id="patient-heading">
                The patient’s record
              </Title>
              <Field label="Name">{r.patient.name}</Field>
              <Field label="Age">{r.patient.age}</Field>
              <Field label="Date of birth">{formatDate(r.patient.dateOfBirth)}</Field>
              <Field label="MRN">{r.patient.mrn}</Field>
              <Field label="Email on file">{r.patient.email ?? 'None'}</Field>
              <AnchorLink
                to="/patients/$patientId/shared-access"
                params={{ patientId: r.patient.id }}
              >
                Open {r.patient.name}’s Shared Access tab
              </AnchorLink>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
      {waiting ? (
        <>
          <WarningList
            warnings={r.warnings}
            patientId={r.patient.id}
            carePartnerName={r.carePartner.name}
          />
          <DecisionForm key={r.version} request={r} decide={decide} />
        </>
      ) : (
        <Alert
          color="gray"
          title={
            lastDecision
              ? `${DECISION_LABELS[lastDecision.kind]} by ${lastDecision.byName} on ${formatDateTime(lastDecision.at)}`
              : 'Decided'
          }
        >
          <Stack gap={4}>
            {approved && <Text size="sm">Scope granted: {scopeText(r.scope)}.</Text>}
            {lastDecision?.note && <Text size="sm">Reason: {lastDecision.note}</Text>}
            {lastDecision?.warnings.length ? (
              <Text size="sm">Warnings recorded: {lastDecision.warnings.join('; ')}</Text>
            ) : null}
            {r.decisions.length > 1 && (
              <>
                <Text size="sm">Before that:</Text>
                <List size="sm">
                  {r.decisions.slice(0, -1).map((d) => (
                    <List.Item key={d.at}>
                      {DECISION_LABELS[d.kind]} by {d.byName} on {formatDateTime(d.at)}
                      {d.note ? ` (${d.note})` : ''}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
