import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Patient } from '../../../api/contract/patient';
import { stalePatient } from '../../../api/stale-patient';
import { patientQueries } from './patient-queries';

/** A record mutation (patient-mutations.ts) whose request is the values at a version. */
interface RecordSave<TValues> {
  submit: (
    values: TValues,
    options: {
      body: (values: TValues) => TValues & { version: number };
      onSuccess: (saved: Patient) => void;
      onError: (error: Error) => void;
    },
  ) => void;
}

/**
 * Saves a dialog's values over the record at the version staff saw. Once saved, the record shows
 * the saved details at once (banner, header), as the server answered. After a 409, staff have
 * now seen the current record: pressing Save again saves over it.
 */
export function useRecordChange<TValues>(patient: Patient, save: RecordSave<TValues>) {
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(patient.version);
  return {
    /** The version staff last saw: a save that changed nothing answers with the same one. */
    version,
    submit(
      values: TValues,
      { onSaved, onError }: { onSaved: (saved: Patient) => void; onError?: (error: Error) => void },
    ) {
      save.submit(values, {
        body: (v) => ({ ...v, version }),
        onSuccess: (saved) => {
          queryClient.setQueryData(patientQueries.detail(patient.id).queryKey, saved);
          onSaved(saved);
        },
        onError: (error) => {
          onError?.(error);
          const current = stalePatient(error);
          if (current) setVersion(current.version);
        },
      });
    },
  };
}
