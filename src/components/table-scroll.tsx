import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on a narrow screen. Plain elements rather than
 * Table.ScrollContainer, whose ScrollArea would add about 18 KB to the first screen.
 */
export function TableScroll({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
