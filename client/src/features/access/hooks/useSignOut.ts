import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { endSession } from '../../../apollo/session';

export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(() => endSession(client), [client]);
}
