import { FormattedMessage } from 'react-intl';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { useAuth } from '../auth/AuthProvider';
import { graphql } from '../graphql';
import { t } from '../i18n/message';
import { SNAPSHOT } from '../snapshot/snapshot-meta';

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/**
 * "Sign in", or who is signed in with a way to sign out (which also revokes the token on the server);
 * nothing in a snapshot, which has no accounts.
 */
export function AccountMenu() {
  return SNAPSHOT ? null : <Account />;
}

function Account() {
  const { me, signOut } = useAuth();
  const [location] = useLocation();
  const [, logout] = useMutation(LogoutMutation);
  if (me === undefined) return null;
  if (me === null) {
    const next = location === '/sign-in' ? '' : `?next=${encodeURIComponent(location)}`;
    return (
      <Link href={`/sign-in${next}`} data-editing>
        {t('account.signIn')}
      </Link>
    );
  }
  return (
    <span className="account" data-editing>
      <span>
        {me.name}{' '}
        <span className="account-role">
          (<FormattedMessage id={`account.role.${me.role}`} />)
        </span>
      </span>
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          await logout({});
          signOut();
        }}
      >
        {t('account.signOut')}
      </button>
    </span>
  );
}
