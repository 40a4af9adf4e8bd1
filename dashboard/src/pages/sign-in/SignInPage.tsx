import { signInSchema } from '@atlas/shared/rules';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { useAuth } from '../../auth/AuthProvider';
import { checkedInput } from '../../editing/checked-input';
import { FormProblems, TextField } from '../../editing/fields';
import { fieldId, problemsOf, type MutationProblems } from '../../editing/mutation-problems';
import { graphql, type VariablesOf } from '../../graphql';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);

/** Where to go after signing in: only a path of this dashboard, never another site. */
function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
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
        <h1>Signed in</h1>
        <p>
          You are signed in as {me.name} ({me.email}), {me.role.toLowerCase()}.
        </p>
        <button type="button" className="secondary" onClick={signOut}>
          Sign out
        </button>
      </section>
    );
  }

  // A refusal of the whole sign-in (wrong email or password, too many attempts, offline), not of a field.
  const message =
    !unsent && error && Object.keys(problems.fields).length === 0
      ? (error.graphQLErrors[0]?.message ?? 'The Atlas could not be reached. Try again.')
      : null;
  return (
    <section className="sign-in">
      <h1>Sign in</h1>
      <p className="lede">
        For ASEAN secretariat staff and the focal points of governments, employers’ and workers’ organisations.
      </p>
      <form onSubmit={submit} noValidate>
        <FormProblems problems={problems}>
          <TextField
            path="email"
            label="Email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
          />
          <TextField
            path="password"
            label="Password"
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
          {fetching ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}
