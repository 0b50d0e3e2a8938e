import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { portalQueries } from '../api/portal-queries';
import { NoCodeHelp } from './no-code-help';
import { PortalResultView, type PortalDone } from './portal-result';
import { RegistrationPanel } from './registration-panel';
import { UnusableLink } from './unusable-link';

// Pure: the normal build drops this screen, so it must be able to drop this line too.
const route = /* @__PURE__ */ getRouteApi('/portal/register');

/** The registration page the Medical Records Access Link opens (or the portal opened directly). */
export function RegisterScreen() {
  const { token } = route.useSearch();
  // An empty ?token= is the same as none: the portal was opened without the link.
  const linkToken = token === undefined || token === '' ? null : token;
  return <RegisterFlow key={linkToken ?? ''} token={linkToken} />;
}

function RegisterFlow({ token }: { token: string | null }) {
  const [done, setDone] = useState<PortalDone | null>(null);
  if (done) return <PortalResultView done={done} />;
  if (!token) {
    return (
      <RegistrationPanel
        token={null}
        code=""
        email={null}
        firstName={null}
        accountExists={false}
        intro={<NoCodeHelp />}
        onDone={setDone}
      />
    );
  }
  return <LinkRegistration token={token} onDone={setDone} />;
}

function LinkRegistration({
  token,
  onDone,
}: {
  token: string;
  onDone: (done: PortalDone) => void;
}) {
  const { data: link } = useSuspenseQuery(portalQueries.link(token));
  if (link.state !== 'valid') return <UnusableLink state={link.state} />;
  return (
    <RegistrationPanel
      token={token}
      code={link.code ?? ''}
      email={link.email}
      firstName={link.patientFirstName}
      accountExists={link.accountExists}
      onDone={onDone}
    />
  );
}
