import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { type Role, ViewerDocument } from '../../../apollo/generated';
import { endSession } from '../../../apollo/session';

/** The signed-in user; a token the server no longer recognises ends the session. */
export function useViewer() {
  const client = useApolloClient();
  const { data } = useQuery(ViewerDocument);
  const viewer = data?.viewer;
  const unknownToken = viewer === null;

  useEffect(() => {
    if (unknownToken) {
      void endSession(client);
    }
  }, [unknownToken, client]);

  return viewer ?? null;
}

/** The viewer's roles, or null until they are known (the account menu's query answers it once). */
export function useViewerRoles(): readonly Role[] | null {
  const { data } = useQuery(ViewerDocument);
  return data?.viewer?.roles ?? null;
}
