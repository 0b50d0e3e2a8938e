import { Group, Text } from '@mantine/core';
import { STEPS, type FlowStep } from './linking-text';

const ALL: { step: FlowStep | 'holder'; label: string }[] = [
  { step: 'holder', label: 'Account holder' },
  ...STEPS,
];

/** Where the flow is: one short ordered list, the current step marked for screen readers. */
export function StepList({ current }: { current: FlowStep | 'holder' }) {
  const at = current === 'done' ? ALL.length : ALL.findIndex((s) => s.step === current);
  return (
    <Group component="ol" gap="md" aria-label="Steps" m={0} p={0} style={{ listStyle: 'none' }}>
      {ALL.map((s, i) => (
        <Text
          component="li"
          key={s.step}
          size="sm"
          fw={i === at ? 700 : 400}
          c={i > at ? 'dimmed' : undefined}
          aria-current={i === at ? 'step' : undefined}
        >
          {i + 1}. {s.label}
          {i < at ? ' ✓' : ''}
        </Text>
      ))}
    </Group>
  );
}
