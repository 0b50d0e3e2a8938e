import type { TableHTMLAttributes } from 'react';
import './data-table.css';

interface DataTableProps extends TableHTMLAttributes<HTMLTableElement> {
  striped?: boolean;
  highlightOnHover?: boolean;
}

/** A plain, accessible table (thead/tbody/th scope) with the app's table look. */
export function DataTable({ striped, highlightOnHover, className, ...props }: DataTableProps) {
  return (
    <table
      className={className ? `ad-table ${className}` : 'ad-table'}
      data-striped={striped ? true : undefined}
      data-hover={highlightOnHover ? true : undefined}
      {...props}
    />
  );
}
