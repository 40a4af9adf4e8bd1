import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { useAuth } from '../../auth/AuthProvider';
import { graphql } from '../../graphql';

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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login({ email, password });
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

  const message = error?.graphQLErrors[0]?.message ?? (error ? 'The Atlas could not be reached. Try again.' : null);
  return (
    <section className="sign-in">
      <h1>Sign in</h1>
      <p className="lede">
        For ASEAN secretariat staff and the focal points of governments, employers’ and workers’ organisations.
      </p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="sign-in-email">Email</label>
          <input
            id="sign-in-email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">Password</label>
          <input
            id="sign-in-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {message && (
          <p className="field-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" disabled={fetching || !email || !password}>
          {fetching ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}
