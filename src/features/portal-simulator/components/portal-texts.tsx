import { createContext, useContext, type ReactNode } from 'react';
import type { PatientTexts } from '../../../lib/i18n/use-patient-texts';

const PortalTextsContext = createContext<PatientTexts | null>(null);

export function PortalTextsProvider({
  texts,
  children,
}: {
  texts: PatientTexts;
  children: ReactNode;
}) {
  return <PortalTextsContext.Provider value={texts}>{children}</PortalTextsContext.Provider>;
}

/** The portal's texts in the language shown (the link's, or the one picked on this visit). */
export function usePortalTexts(): PatientTexts {
  const texts = useContext(PortalTextsContext);
  if (!texts) throw new Error('Portal pages are shown inside the portal layout.');
  return texts;
}
