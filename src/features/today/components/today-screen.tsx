import { Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { Today, TodayListName } from '../../../api/contract/today';
import { LoadingState } from '../../../components/query-states';
import { TODAY_RULES } from '../../../lib/today-rules';
import { plural } from '../../../lib/format';
import { todayQueries } from '../api/today-queries';
import { HandledByOthers, TodayList } from './today-list';
import {
  AtRiskItem,
  ComingOfAgeItem,
  GrantEndingItem,
  LinkingItem,
  TeenEmailItem,
  WaitingRequestItem,
} from './today-rows';
import './today.css';

// The chart carries the charting library: it loads on its own, after the lists.
const ActivationChart = lazy(() =>
  import('./activation-chart').then((m) => ({ default: m.ActivationChart })),
);

const TITLES: Record<TodayListName, string> = {
  waitingRequests: 'Shared-access requests waiting',
  familyLinking: 'Family linking in progress',
  invitationsAtRisk: 'Invitations at risk',
  comingOfAge: 'Coming of age',
  teenOnGuardianEmail: "Teen accounts on a guardian's email",
  grantsEnding: 'Grants ending soon',
};

function MedianTurnaround({ today }: { today: Today }) {
  const median = today.medianTurnaroundBusinessDays;
  const target = plural(today.turnaroundTargetBusinessDays, 'business day');
  return (
    <Text size="sm">
      {median === null
        ? `No request decided in the last ${TODAY_RULES.turnaroundWindowDays} days. Target: ${target}.`
        : `Median turnaround, last ${TODAY_RULES.turnaroundWindowDays} days: ${plural(median, 'business day')} (target ${target}).`}
    </Text>
  );
}

/** Today: what needs doing, most urgent first, each item with the action that fixes it. */
export function TodayScreen() {
  const { data: today } = useSuspenseQuery(todayQueries.summary());
  const hidden = (Object.keys(TITLES) as TodayListName[]).flatMap((name) => {
    const list = today[name];
    return list.visible ? [] : [{ title: TITLES[name], handledBy: list.handledBy }];
  });
  const d = TODAY_RULES;
  return (
    <Stack>
      <Title order={1}>Today</Title>
      <Text size="sm" c="dimmed">
        What needs doing before access silently fails. Oldest and most urgent first.
      </Text>
      <TodayList
        title={TITLES.waitingRequests}
        description={`Past ${plural(d.turnaroundBusinessDays, 'business day')} in the queue is overdue.`}
        list={today.waitingRequests}
        header={<MedianTurnaround today={today} />}
        rowKey={(r) => r.requestId}
        renderRow={(r) => <WaitingRequestItem row={r} />}
      />
      <TodayList
        title={TITLES.invitationsAtRisk}
        description={`Bounced emails, links expiring in ${d.expiringWithinHours} hours or expired in the last ${d.expiredWithinDays} days, care-partner invitations not accepted after ${d.carePartnerUnacceptedAfterDays} days.`}
        list={today.invitationsAtRisk}
        rowKey={(r) => `${r.kind}-${r.grantId ?? r.patientId}`}
        renderRow={(r) => <AtRiskItem row={r} />}
      />
      <TodayList
        title={TITLES.comingOfAge}
        description={`Birthdays in the next ${d.lookAheadDays} days that change a parent's access. On the day the change is made by itself.`}
        list={today.comingOfAge}
        rowKey={(r) => r.patientId}
        renderRow={(r) => <ComingOfAgeItem row={r} />}
      />
      <TodayList
        title={TITLES.teenOnGuardianEmail}
        description="Patients aged 12–17 whose portal account uses a parent's or guardian's email."
        list={today.teenOnGuardianEmail}
        rowKey={(r) => r.patientId}
        renderRow={(r) => <TeenEmailItem row={r} />}
      />
      <TodayList
        title={TITLES.familyLinking}
        description={`No progress in ${plural(d.stalledAfterDays, 'day')} is stalled.`}
        list={today.familyLinking}
        rowKey={(r) => r.requestId}
        renderRow={(r) => <LinkingItem row={r} />}
      />
      <TodayList
        title={TITLES.grantsEnding}
        description={`Shared-access grants and their legal documents ending in the next ${d.lookAheadDays} days.`}
        list={today.grantsEnding}
        rowKey={(r) => r.grantId}
        renderRow={(r) => <GrantEndingItem row={r} />}
      />
      <HandledByOthers lists={hidden} />
      <Suspense fallback={<LoadingState label="Loading the activation chart…" />}>
        <ActivationChart activation={today.activation} />
      </Suspense>
    </Stack>
  );
}
