import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { CreateApiTokenDocument, type CreateApiTokenInput, RevokeApiTokenDocument } from '../../../apollo/generated';
import { forgetSecurityLog } from './security-log-cache';

/**
 * Creates a token. The secret comes back in this answer only; Apollo drops mutation answers from its
 * cache once written, so it lives nowhere but in what the caller shows once.
 */
export function useCreateApiToken() {
  const [mutate, { loading, reset }] = useMutation(CreateApiTokenDocument, {
    update(cache, { data }) {
      const token = data?.createApiToken.apiToken;
      if (!token) return;
      cache.modify({
        id: 'ROOT_QUERY',
        fields: {
          // Newest first, as the server lists them.
          apiTokens(existing: readonly Reference[] = [], { readField, toReference }) {
            const ref = toReference({ __typename: 'ApiToken', id: token.id });
            if (!ref || existing.some((item) => readField('id', item) === token.id)) return existing;
            return [ref, ...existing];
          },
        },
      });
      forgetSecurityLog(cache);
    },
  });
  const createApiToken = useCallback(
    async (input: CreateApiTokenInput) => {
      const { data } = await mutate({ variables: { input } });
      // The hook's own copy of the answer (and its secret) is not kept either.
      reset();
      if (!data) throw new Error('no answer');
      return data.createApiToken;
    },
    [mutate, reset],
  );
  return { createApiToken, creating: loading };
}

/** Revokes a token; the answer's token (now REVOKED) replaces the cached one. */
export function useRevokeApiToken() {
  const [mutate, { loading }] = useMutation(RevokeApiTokenDocument, {
    update(cache, { data }) {
      if (data?.revokeApiToken.apiToken) forgetSecurityLog(cache);
    },
  });
  const revokeApiToken = useCallback(
    async (id: string) => {
      const { data } = await mutate({ variables: { input: { id } } });
      if (!data) throw new Error('no answer');
      return data.revokeApiToken;
    },
    [mutate],
  );
  return { revokeApiToken, revoking: loading };
}
