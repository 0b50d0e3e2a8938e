import { Badge, Button, Group, Stack, Text, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes, type ReactNode } from 'react';
import type {
  AtRiskRow,
  ComingOfAgeRow,
  GrantEndingRow,
  LinkingRow,
  TeenOnGuardianEmailRow,
  WaitingRequestRow,
} from '../../../api/contract/today';
import { AnchorLink } from '../../../components/anchor-link';
import { formatDate, formatDateTime, plural } from '../../../lib/format';

/** A Mantine Button that is a router Link: each row's fix opens where it is done. */
const ButtonAnchor = forwardRef<
  HTMLAnchorElement,
  ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement>
>((props, ref) => <Button component="a" ref={ref} size="xs" variant="light" {...props} />);
const ButtonLink = createLink(ButtonAnchor);

function Row({
  name,
  children,
  action,
}: {
  name: ReactNode;
  children: ReactNode;
  action: ReactNode;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" py={6}>
      <Stack gap={2}>
        <Text fw={600} size="sm">
          {name}
        </Text>
        {children}
      </Stack>
      {action}
    </Group>
  );
}

const Detail = ({ children }: { children: ReactNode }) => (
  <Text size="sm" c="dimmed">
    {children}
  </Text>
);

/** Where a row's name and its action both go. */
type RowLink =
  | { to: '/shared-access/$requestId'; params: { requestId: string } }
  | { to: '/family-linking/$requestId'; params: { requestId: string } }
  | {
      to: '/patients/$patientId/shared-access';
      params: { patientId: string };
      search?: { edit: string };
    };

function LinkedRow(props: { link: RowLink; name: string; action: string; children: ReactNode }) {
  const { link, name, action, children } = props;
  return (
    <Row
      name={<AnchorLink {...link}>{name}</AnchorLink>}
      action={<ButtonLink {...link}>{action}</ButtonLink>}
    >
      {children}
    </Row>
  );
}

/** The record's Medical Access Code tab, with the send dialog open on its email field. */
function SendLinkButton({ patientId, label }: { patientId: string; label: string }) {
  return (
    <ButtonLink to="/patients/$patientId/access" params={{ patientId }} search={{ dialog: 'send' }}>
      {label}
    </ButtonLink>
  );
}

export function WaitingRequestItem({ row }: { row: WaitingRequestRow }) {
  return (
    <LinkedRow
      link={{ to: '/shared-access/$requestId', params: { requestId: row.requestId } }}
      name={row.patientName}
      action="Review"
    >
      <Detail>
        {row.carePartnerName} asked on {formatDate(row.receivedAt)} ·{' '}
        {plural(row.businessDaysWaiting, 'business day')} waiting{' '}
        {row.overdue && (
          <Badge color="red" size="sm">
            Overdue
          </Badge>
        )}
      </Detail>
    </LinkedRow>
  );
}

export function LinkingItem({ row }: { row: LinkingRow }) {
  return (
    <LinkedRow
      link={{ to: '/family-linking/$requestId', params: { requestId: row.requestId } }}
      name={row.holderName}
      action="Continue"
    >
      <Detail>
        {row.linked} of {row.total} linked · last progress {formatDate(row.lastProgressAt)}{' '}
        {row.stalled && (
          <Badge color="orange" size="sm">
            Stalled
          </Badge>
        )}
      </Detail>
    </LinkedRow>
  );
}

const sharedAccessTab = (patientId: string) =>
  ({ to: '/patients/$patientId/shared-access', params: { patientId } }) as const;

const recordLink = (patientId: string, name: string) => (
  <AnchorLink to="/patients/$patientId/access" params={{ patientId }}>
    {name}
  </AnchorLink>
);

export function AtRiskItem({ row }: { row: AtRiskRow }) {
  const { patientId } = row;
  if (row.kind === 'care_partner_unaccepted')
    return (
      <LinkedRow
        link={sharedAccessTab(patientId)}
        name={row.patientName}
        action="Resend invitation…"
      >
        <Detail>
          {row.sentTo} has not accepted the invitation sent {formatDate(row.at)}.
        </Detail>
      </LinkedRow>
    );
  const text = {
    bounced: [
      `The email to ${row.sentTo ?? 'the patient'} bounced (${formatDate(row.at)}).`,
      'Correct and resend',
    ],
    expiring: [`The link expires unused ${formatDateTime(row.at)}.`, 'Resend link'],
    expired: [`The link expired unused on ${formatDate(row.at)}.`, 'Send a new link'],
  }[row.kind];
  return (
    <Row
      name={recordLink(patientId, row.patientName)}
      action={<SendLinkButton patientId={patientId} label={text[1]!} />}
    >
      <Detail>{text[0]}</Detail>
    </Row>
  );
}

export function ComingOfAgeItem({ row }: { row: ComingOfAgeRow }) {
  return (
    <Row
      name={recordLink(row.patientId, row.patientName)}
      action={<SendLinkButton patientId={row.patientId} label="Send own link" />}
    >
      <Detail>
        Turns {row.turns} on {formatDate(row.birthday)} · affects {row.affected.join(', ')}
        {row.hasOwnLogin ? '' : ' · no login of their own'}
      </Detail>
      <Text size="xs">{row.rule}</Text>
    </Row>
  );
}

export function TeenEmailItem({ row }: { row: TeenOnGuardianEmailRow }) {
  return (
    <Row
      name={recordLink(row.patientId, row.patientName)}
      action={<SendLinkButton patientId={row.patientId} label="Invite to own login" />}
    >
      <Detail>
        Age {row.age} · portal account email {row.email} is also {row.sharedWith}’s
      </Detail>
    </Row>
  );
}

export function GrantEndingItem({ row }: { row: GrantEndingRow }) {
  return (
    <LinkedRow
      link={{ ...sharedAccessTab(row.patientId), search: { edit: row.grantId } }}
      name={row.patientName}
      action="Renew…"
    >
      <Detail>
        {row.carePartnerName}’s access ends {formatDate(row.endsOn)}
        {row.documentEndsOn ? ` · document ends ${formatDate(row.documentEndsOn)}` : ''}
      </Detail>
    </LinkedRow>
  );
}
