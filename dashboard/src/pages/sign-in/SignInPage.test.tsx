import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuthProvider } from '../../auth/AuthProvider';
import { readSession } from '../../auth/stored-session';
import { loadCatalog } from '../../i18n/catalogs';
import { LocalizedRoutes } from '../../i18n/LocalizedRoutes';
import { renderAt, stubApi, type ApiAnswers } from '../../test-support/api-stub';
import { problemBeside } from '../../test-support/mutation-answers';
import SignInPage from './SignInPage';

const signIn = async () => {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), 'editor@atlas.test');
  await user.type(screen.getByLabelText('Password'), 'correct horse battery staple');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
};

/** The sign-in page at `path`, inside the app's AuthProvider, its API answering `answers`. */
const renderSignIn = (path: string, answers: ApiAnswers) => {
  const stub = stubApi(answers);
  const view = renderAt(
    path,
    <AuthProvider apiUrl="http://atlas.test/graphql">
      <SignInPage />
    </AuthProvider>,
    stub,
  );
  return { ...view, requests: stub.requests };
};

/** The Login and Me answers of a successful sign-in as the editor. */
const signedInAs = (token: string): ApiAnswers => ({
  Login: { login: { token, expiresAt: '2099-01-01T00:00:00.000Z' } },
  Me: { me: { id: 'VXNlcjox', name: 'Ed Itor', email: 'editor@atlas.test', role: 'EDITOR' } },
});

describe('signing in', () => {
  it('keeps the session and goes back where the reader came from', async () => {
    localStorage.clear();
    const view = renderSignIn(
      `/sign-in?next=${encodeURIComponent('/compare?countries=ID,PH')}`,
      signedInAs('x'.repeat(43)),
    );
    await signIn();
    await expect.poll(() => view.current()).toBe('/compare?countries=ID,PH');
    expect(view.requests[0]).toMatchObject({ operationName: 'Login', variables: { email: 'editor@atlas.test' } });
    expect(readSession()?.token).toBe('x'.repeat(43));
    expect(view.requests.at(-1)?.operationName).toBe('Me');
  });

  it('says why a sign-in failed, and stays on the form', async () => {
    localStorage.clear();
    renderSignIn('/sign-in', {
      Login: { errors: [{ message: 'Wrong email or password.', extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    await signIn();
    expect((await screen.findByRole('alert')).textContent).toContain('Wrong email or password.');
    expect(readSession()).toBeNull();
  });

  it('names what is missing or malformed beside each field at once, before anything is sent', async () => {
    localStorage.clear();
    const stub = renderSignIn('/sign-in', {});
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const email = screen.getByLabelText('Email');
    expect(problemBeside(email)).toBe('enter the email address of your account');
    expect(problemBeside(screen.getByLabelText('Password'))).toBe('enter your password');
    expect(document.activeElement).toBe(email);

    await user.type(email, 'editor');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(problemBeside(email)).toBe('must be an email address, such as name@example.org');
    expect(problemBeside(screen.getByLabelText('Password'))).toBeNull();
    expect(stub.requests.map((request) => request.operationName)).not.toContain('Login');
  });

  it('never follows a next address to another site', async () => {
    localStorage.clear();
    const view = renderSignIn('/sign-in?next=//evil.example.org', signedInAs('y'.repeat(43)));
    await signIn();
    await expect.poll(() => view.current()).toBe('/');
  });
});

describe('signing in, in Indonesian', () => {
  beforeAll(() => loadCatalog('id'));

  it('labels the form and says why a sign-in failed in Indonesian', async () => {
    localStorage.clear();
    const stub = stubApi({
      Login: { errors: [{ message: 'Wrong email or password.', extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    renderAt(
      '/id/sign-in',
      <LocalizedRoutes>
        <AuthProvider apiUrl="http://atlas.test/graphql">
          <SignInPage />
        </AuthProvider>
      </LocalizedRoutes>,
      stub,
    );
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk' })).toBeTruthy();
    await user.type(screen.getByLabelText('Email'), 'editor@atlas.test');
    await user.type(screen.getByLabelText('Kata sandi'), 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Email atau kata sandi salah.');
  });
});
