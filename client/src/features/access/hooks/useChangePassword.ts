import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ChangePasswordDocument, type ChangePasswordInput } from '../../../apollo/generated';

/** The viewer's own password change; nothing cached depends on it. */
export function useChangePassword() {
  const [mutate, { loading }] = useMutation(ChangePasswordDocument);
  const changePassword = useCallback(
    async (input: ChangePasswordInput) => (await mutate({ variables: { input } })).data?.changePassword ?? null,
    [mutate],
  );
  return { changePassword, changing: loading };
}
