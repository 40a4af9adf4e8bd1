import { signInSchema } from '@atlas/shared/rules';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { useAuth } from '../../auth/AuthProvider';
import { checkedInput } from '../../editing/checked-input';
import { FormProblems, TextField } from '../../editing/fields';
import { fieldId, problemsOf, type MutationProblems } from '../../editing/mutation-problems';
import { useProblemText } from '../../editing/problem-text';
import { graphql, type VariablesOf } from '../../graphql';
import { PageTitle } from '../../layout/PageTitle';
import { t } from '../../i18n/message';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);

/** What a refused sign-in means, by the API's code. */
const REFUSALS = {
  OFFLINE: 'signIn.problem.offline',
  UNAUTHENTICATED: 'signIn.problem.wrongPassword',
  RATE_LIMITED: 'signIn.problem.tooMany',
} as const;

/** Where to go after signing in: only a path of this dashboard, never another site. */
function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
  const intl = useIntl();
  const text = useProblemText();
  const { me, signedIn, signOut } = useAuth();
  const [, navigate] = useLocation();
  const search = useSearch();
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // What the form found before sending (the API's own rules), or null once sent.
  const [unsent, setUnsent] = useState<MutationProblems | null>(null);
  const problems = useMemo(() => unsent ?? problemsOf(error), [unsent, error]);

  // Each field says what it lacks; the first one takes the focus, for keyboard and screen-reader users.
  useEffect(() => {
    const first = Object.keys(unsent?.fields ?? {})[0];
    if (first) document.getElementById(fieldId(first))?.focus();
  }, [unsent]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkedInput<VariablesOf<typeof LoginMutation>>(
      signInSchema,
      { email, password },
      { argument: '' },
    );
    setUnsent(checked.problems);
    if (!checked.input) return;
    const result = await login(checked.input);
    if (result.data) {
      signedIn(result.data.login);
      navigate(nextPath(search));
    }
  };

  if (me) {
    return (
      <section className="sign-in">
        <PageTitle page={intl.formatMessage({ id: 'signIn.signedIn' })} />
        <h1>{t('signIn.signedIn')}</h1>
        <p>
          {t('signIn.signedInAs', {
            name: me.name,
            email: me.email,
            role: intl.formatMessage({ id: `account.role.${me.role}` }),
          })}
        </p>
        <button type="button" className="secondary" onClick={signOut}>
          {t('account.signOut')}
        </button>
      </section>
    );
  }

  // A refusal of the whole sign-in (wrong email or password, too many attempts, offline), not of a field.
  const message = !unsent && Object.keys(problems.fields).length === 0 ? text.form(problems, REFUSALS) : null;
  return (
    <section className="sign-in">
      <PageTitle page={intl.formatMessage({ id: 'account.signIn' })} />
      <h1>{t('account.signIn')}</h1>
      <p className="lede">{t('signIn.lede')}</p>
      <form onSubmit={submit} noValidate>
        <FormProblems problems={problems}>
          <TextField
            path="email"
            label={intl.formatMessage({ id: 'signIn.email' })}
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
          />
          <TextField
            path="password"
            label={intl.formatMessage({ id: 'signIn.password' })}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
          />
        </FormProblems>
        {message && (
          <p className="field-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" disabled={fetching}>
          <FormattedMessage id={fetching ? 'signIn.signingIn' : 'account.signIn'} />
        </button>
      </form>
    </section>
  );
}
