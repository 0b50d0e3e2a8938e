import { Alert, Button, Stack, Text, type ButtonProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createLink, getRouteApi } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';
import { AnchorLink } from '../../../components/anchor-link';
import { DeniedButton } from '../../../components/denied-button';
import { can } from '../../../lib/permissions';
import { familyLinkingQueries } from '../api/family-linking-queries';
import { progressText } from './linking-text';

const staffRoute = getRouteApi('/_staff');

const ButtonAnchor = forwardRef<
  HTMLAnchorElement,
  ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement>
>((props, ref) => <Button component="a" ref={ref} {...props} />);
/** A Mantine Button that is a typed router Link. */
const ButtonLink = createLink(ButtonAnchor);

/** On a record's Overview: its open linking request, if any, and where to start one. */
export function FamilyLinkingPanel({ patientId }: { patientId: string }) {
  const { user } = staffRoute.useRouteContext();
  const { data } = useQuery(familyLinkingQueries.list(patientId));
  const allowed = can(user.role, 'family.link');
  const open = data?.items ?? [];
  return (
    <Stack gap="xs">
      {open.map((r) => (
        <Alert key={r.id} color="blue" title="Part of an open family linking request">
          <Text size="sm">
            This record is in a request to link records to {r.holderName}'s portal account (
            {progressText(r.linked, r.total)}).{' '}
            <AnchorLink to="/family-linking/$requestId" params={{ requestId: r.id }}>
              Open the linking request
            </AnchorLink>
          </Text>
        </Alert>
      ))}
      {allowed ? (
        <ButtonLink to="/family-linking/new" search={{ patientId }} variant="light" size="sm">
          Link family records
        </ButtonLink>
      ) : (
        <DeniedButton
          variant="light"
          size="sm"
          action="family.link"
          reasonId="family-link-denied"
          stacked
        >
          Link family records
        </DeniedButton>
      )}
    </Stack>
  );
}
