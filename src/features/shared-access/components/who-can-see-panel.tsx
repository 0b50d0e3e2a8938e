import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { RELATIONSHIP_LABELS } from '../../../api/contract/shared-access';
import { sharedAccessQueries } from '../../../api/shared-access-queries';
import { AnchorLink } from '../../../components/anchor-link';
import { formatDate } from '../../../lib/format';
import { GrantActions } from './grant-actions';
import { documentText, scopeText } from './shared-access-text';

const route = getRouteApi('/_staff/patients/$patientId/');
const staffRoute = getRouteApi('/_staff');

/** Every person who can see this record, and how: the first question a privacy officer asks. */
export function WhoCanSeePanel() {
  const { patientId } = route.useParams();
  const { user } = staffRoute.useRouteContext();
  const { data } = useSuspenseQuery(sharedAccessQueries.whoCanSee(patientId));
  const accessTab = (
    <AnchorLink to="/patients/$patientId/access" params={{ patientId }} size="sm">
      Revoke on the Medical Access Code tab
    </AnchorLink>
  );
  const empty = !data.ownAccount && !data.linkedInto.length && !data.carePartners.length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="who-can-see-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="who-can-see-heading">
          Who can see this record
        </Title>
        {empty ? (
          <Text size="sm">
            Nobody: no portal account holds this record and no care partner has shared access.
          </Text>
        ) : (
          <List spacing="sm" listStyleType="none" withPadding={false}>
            {data.ownAccount && (
              <List.Item>
                <Text size="sm" fw={600}>
                  The patient’s own account: {data.ownAccount.email}
                </Text>
                {accessTab}
              </List.Item>
            )}
            {data.linkedInto.map((a) => (
              <List.Item key={a.email}>
                <Text size="sm" fw={600}>
                  Linked into the account of {a.email}
                </Text>
                {accessTab}
              </List.Item>
            ))}
            {data.carePartners.map((g) => (
              <List.Item key={g.id}>
                <Text size="sm" fw={600}>
                  Care partner: {g.carePartner.name} (
                  {RELATIONSHIP_LABELS[g.carePartner.relationship]})
                  {g.status === 'invited' ? ', invited, not yet accepted' : ''}
                </Text>
                <Text size="sm">Scope: {scopeText(g.scope)}</Text>
                <Text size="sm">
                  Since {formatDate(g.since)}, until {g.until ? formatDate(g.until) : 'no end date'}
                  . Rests on: {documentText(g.legalDocument)}
                </Text>
                <GrantActions grant={g} role={user.role} />
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
