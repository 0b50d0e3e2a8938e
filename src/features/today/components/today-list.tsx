import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

/** Rows shown before "Show all": the most urgent, as the API sorts them. */
const FIRST_ROWS = 5;

type Worklist<Row> =
  { visible: true; total: number; rows: Row[] } | { visible: false; handledBy: string };

interface Props<Row> {
  title: string;
  /** What the list catches, in one line. */
  description: string;
  list: Worklist<Row>;
  rowKey: (row: Row) => string;
  renderRow: (row: Row) => ReactNode;
  /** Above the rows (the median turnaround). */
  header?: ReactNode;
}

/** One of Today's lists: a count, its most urgent rows, and "Nothing waiting" when it is empty. */
export function TodayList<Row>({
  title,
  description,
  list,
  rowKey,
  renderRow,
  header,
}: Props<Row>) {
  const [all, setAll] = useState(false);
  const headingId = useId();
  if (!list.visible) return null;
  const shown = all ? list.rows : list.rows.slice(0, FIRST_ROWS);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          <Badge variant={list.total ? 'filled' : 'light'} color={list.total ? 'blue' : 'gray'}>
            {list.total}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        {header}
        {list.total === 0 ? (
          <Text size="sm" fw={600}>
            Nothing waiting
          </Text>
        ) : (
          <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {shown.map((row) => (
              <li key={rowKey(row)} className="ad-today-row">
                {renderRow(row)}
              </li>
            ))}
          </Stack>
        )}
        {list.rows.length > FIRST_ROWS && (
          <Button variant="subtle" size="xs" onClick={() => setAll((a) => !a)} w="fit-content">
            {all ? 'Show fewer' : `Show all ${list.rows.length}`}
          </Button>
        )}
        {list.total > list.rows.length && all && (
          <Text size="xs" c="dimmed">
            The {list.rows.length} most urgent of {list.total} are shown.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Lists the role does not act on: one line each saying who handles them. */
export function HandledByOthers({ lists }: { lists: { title: string; handledBy: string }[] }) {
  if (lists.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-label="Handled by others">
      <Stack gap={4}>
        {lists.map((l) => (
          <Text size="sm" c="dimmed" key={l.title}>
            <Text span fw={600} c="var(--mantine-color-text)">
              {l.title}:
            </Text>{' '}
            {l.handledBy}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
