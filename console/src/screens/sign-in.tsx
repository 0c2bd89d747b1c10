import { useState, type FormEvent } from 'react';
import { ApiClient } from '../api/client.ts';
import { SIGN_IN, VIEWER } from '../api/operations.ts';
import type { StaffSession } from '../session.tsx';
import { ErrorMessage } from '../ui/components.tsx';

/** Staff sign-in with email and password; the token then authenticates every call. */
export function SignIn({ onSignedIn, expired }: { onSignedIn(session: StaffSession): void; expired: boolean }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { signIn } = await new ApiClient().request(SIGN_IN, { email, password });
      const { viewer } = await new ApiClient(signIn.token).request(VIEWER);
      onSignedIn({ token: signIn.token, expiresAt: signIn.expiresAt, staff: signIn.staff, viewer });
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
      setBusy(false);
    }
  };

  return (
    <main className="signin">
      <form className="panel stack" onSubmit={(event) => void submit(event)} aria-labelledby="signin-title">
        <h1 id="signin-title">OMS console</h1>
        <p className="muted">Sign in with your staff account.</p>
        {expired ? <p role="status">Your session ended. Please sign in again.</p> : null}
        <ErrorMessage error={error} title="Could not sign in" />
        <label>
          Email
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label>
          Password
          <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
