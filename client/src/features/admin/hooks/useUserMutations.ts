import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  CreateUserDocument,
  type CreateUserInput,
  ResetUserPasswordDocument,
  type ResetUserPasswordInput,
  UpdateUserDocument,
  type UpdateUserInput,
} from '../../../apollo/generated';
import { forgetSecurityLog } from './security-log-cache';

/** A new account joins the cached `users` list where the server would put it (by username). */
export function useCreateUser() {
  const [mutate, { loading }] = useMutation(CreateUserDocument, {
    update(cache, { data }) {
      const user = data?.createUser.user;
      if (!user) return;
      cache.modify({
        id: 'ROOT_QUERY',
        fields: {
          users(existing: readonly Reference[] = [], { readField, toReference }) {
            const ref = toReference({ __typename: 'User', id: user.id });
            if (!ref || existing.some((item) => readField('id', item) === user.id)) return existing;
            const index = existing.findIndex((item) => (readField<string>('username', item) ?? '') > user.username);
            return index < 0 ? [...existing, ref] : [...existing.slice(0, index), ref, ...existing.slice(index)];
          },
        },
      });
      forgetSecurityLog(cache);
    },
  });
  const createUser = useCallback(
    async (input: CreateUserInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('no answer');
      return data.createUser;
    },
    [mutate],
  );
  return { createUser, creating: loading };
}

/** Name, roles, communes, enabling, unlocking: the answer's user replaces the cached one (by id). */
export function useUpdateUser() {
  const [mutate, { loading }] = useMutation(UpdateUserDocument, {
    update(cache, { data }) {
      if (data?.updateUser.user) forgetSecurityLog(cache);
    },
  });
  const updateUser = useCallback(
    async (input: UpdateUserInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('no answer');
      return data.updateUser;
    },
    [mutate],
  );
  return { updateUser, updating: loading };
}

/** A new password set by an admin; the user's lock, if any, is lifted with it. */
export function useResetUserPassword() {
  const [mutate, { loading }] = useMutation(ResetUserPasswordDocument, {
    update(cache, { data }) {
      if (data?.resetUserPassword.user) forgetSecurityLog(cache);
    },
  });
  const resetPassword = useCallback(
    async (input: ResetUserPasswordInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('no answer');
      return data.resetUserPassword;
    },
    [mutate],
  );
  return { resetPassword, resetting: loading };
}
