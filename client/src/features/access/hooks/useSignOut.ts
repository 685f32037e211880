import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { LogoutDocument } from '../../../apollo/generated';
import { endSession } from '../../../apollo/session';

// Signing out never waits on a server that does not answer for longer than this.
const LOGOUT_WAIT_MS = 5_000;

/**
 * Ends the session on the server (`logout` revokes the token), then here. The token is forgotten
 * locally whatever the server said: a failed call (offline, server down) must not keep anyone signed in
 * on this computer. The token then stays valid server-side until it expires.
 */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const [logout] = useMutation(LogoutDocument);
  return useCallback(async () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        logout(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('logout timed out')), LOGOUT_WAIT_MS);
        }),
      ]);
    } catch {
      // Nothing to tell the user: they asked to leave, and leave they do.
    } finally {
      clearTimeout(timer);
    }
    await endSession(client);
  }, [client, logout]);
}
