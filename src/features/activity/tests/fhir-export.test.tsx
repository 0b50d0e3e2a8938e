import type { AuditEvent, Bundle } from '@medplum/fhirtypes';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { toFhirAuditEvent } from '../../../../mocks/services/fhir-audit';
import { captureDownloads, readText } from '../../../../tests/downloads';
import { patientIdOf, renderRoute } from '../../../../tests/render';

afterEach(() => vi.restoreAllMocks());

describe('FHIR export', { timeout: 40_000 }, () => {
  it("saves Thomas Wright's access picture from the Activity tab as a Bundle, and lists the export", async () => {
    const thomas = patientIdOf('Thomas Wright');
    const files = captureDownloads();
    const { user } = renderRoute(`/patients/${thomas}/activity`, { as: 'clinic_manager' });
    await user.click(await screen.findByRole('button', { name: 'Export as FHIR (JSON)' }));
    const status = await screen.findByText(/^Exported \d+ FHIR resources\.$/);

    expect(files).toHaveLength(1);
    expect(files[0]!.type).toBe('application/fhir+json');
    const bundle = JSON.parse(await readText(files[0]!)) as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(status).toHaveTextContent(`Exported ${bundle.entry!.length} FHIR resources.`);
    expect(bundle.entry![0]!.resource).toMatchObject({
      resourceType: 'Patient',
      name: [{ family: 'Wright', given: ['Thomas'] }],
    });
    // The export is audited: the tab's own list shows it.
    const table = screen.getByRole('table');
    expect(await within(table).findByText('Record exported as FHIR')).toBeInTheDocument();
  });

  it('saves the filtered audit log as NDJSON: one valid FHIR AuditEvent per line', async () => {
    const olivia = patientIdOf('Olivia Martin');
    const files = captureDownloads();
    const { user } = renderRoute(`/audit?patientId=${olivia}`, { as: 'clinic_manager' });
    await user.click(await screen.findByRole('button', { name: 'Export FHIR (NDJSON)' }));
    expect(await screen.findByText(/^Exported \d+ events\.$/)).toBeInTheDocument();

    expect(files).toHaveLength(1);
    const lines = (await readText(files[0]!)).split('\n');
    expect(lines.pop()).toBe('');
    const events = lines.map((line) => JSON.parse(line) as AuditEvent);
    // Newest first, each exactly the server's AuditEvent for it (every one of which validates
    // against FHIR R4: mocks/services/fhir.test.ts).
    const expected = db.audit
      .filter((e) => e.patientId === olivia)
      .reverse()
      .map((e) => toFhirAuditEvent(db, e));
    expect(events).toEqual(expected);
    for (const e of events) {
      expect(e.entity?.[0]?.what?.reference).toBe(`Patient/${olivia.replace(/_/g, '-')}`);
    }
  });
});
