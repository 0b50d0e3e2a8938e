import Papa from 'papaparse';
import type { AuditEvent } from '../../../api/contract/audit';
import { clinicStamp, clinicTimeZone } from '../../../lib/clinic-time';
import { saveFile } from '../../../lib/download';
import { ROLE_LABELS } from '../../../lib/permissions';

/**
 * OWASP CSV injection: a cell a spreadsheet would read as a formula (=, +, -, @, or a leading
 * tab or carriage return) gets a leading apostrophe, and every cell is quoted. Papa Parse does
 * the quoting and escaping; this is the set of first characters it neutralises.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One row per event. "When" is the clinic's date and clock with the offset in force then
 * ("2026-11-23 09:14 -08:00"), so a row reads as the staff saw it and still converts exactly;
 * the header names the zone. The MRN sits beside the record's opaque id.
 */
export function auditCsv(events: AuditEvent[]): string {
  const columns = [
    `When (${clinicTimeZone()})`,
    'Who',
    'Role',
    'Record',
    'MRN',
    'Record id',
    'Action',
    'Details',
  ];
  const rows = events.map((e) => [
    clinicStamp(e.at),
    e.actorName,
    e.actorRole ? ROLE_LABELS[e.actorRole] : 'Patient portal',
    e.patientName ?? '',
    e.patientMrn ?? '',
    e.patientId ?? '',
    e.action,
    e.details,
  ]);
  return Papa.unparse(
    { fields: columns, data: rows },
    { quotes: true, escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}

/** Saves the CSV through the browser's download, named by the day it was exported. */
export function downloadCsv(csv: string, fileName: string): void {
  // A byte-order mark so spreadsheet programs read the names as UTF-8.
  saveFile(['\ufeff', csv], fileName, 'text/csv;charset=utf-8');
}
