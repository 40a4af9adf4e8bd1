import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { useAuth, type Me } from '../auth/AuthProvider';
import { Loading } from '../components/QueryState';
import { t } from '../i18n/message';
import type { MessageId } from '../i18n/message-ids';

export type Role = Me['role'];

/** Editors and admins: they review, publish, and edit countries, programmes and outcomes. */
export const EDITORS: readonly Role[] = ['EDITOR', 'ADMIN'];
/** Every signed-in role may write practices. */
export const WRITERS: readonly Role[] = ['CONTRIBUTOR', 'EDITOR', 'ADMIN'];

/** Shows `children` to a signed-in account with one of `roles`; otherwise says what is needed. */
export function RequireRole({
  roles,
  what,
  children,
}: {
  roles: readonly Role[];
  /** What the page does, in the page's language, for the messages ("edit country entries"). */
  what: MessageId;
  children: (me: Me) => ReactNode;
}) {
  const intl = useIntl();
  const { me } = useAuth();
  const [location] = useLocation();
  if (me === undefined) return <Loading what="what.account" />;
  if (me === null) {
    return (
      <p className="state">
        {t('editing.role.signIn', {
          what: intl.formatMessage({ id: what }),
          link: (text) => <Link href={`/sign-in?next=${encodeURIComponent(location)}`}>{text}</Link>,
        })}
      </p>
    );
  }
  if (!roles.includes(me.role)) {
    return (
      <p className="state state-error" role="alert">
        {t('editing.role.notAllowed', {
          what: intl.formatMessage({ id: what }),
          role: intl.formatMessage({ id: `account.role.${me.role}` }),
        })}
      </p>
    );
  }
  return <>{children(me)}</>;
}

/** Whether the signed-in account has one of `roles`. */
export function useHasRole(roles: readonly Role[]): boolean {
  const { me } = useAuth();
  return me !== null && me !== undefined && roles.includes(me.role);
}
