import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  CommitHouseholdImportDocument,
  type HouseholdImportInput,
  PreviewHouseholdImportDocument,
} from '../../../apollo/generated';

/** Preview (writes nothing) and commit (all or nothing); a commit makes the registry's lists stale. */
export function useHouseholdImport() {
  const [preview, previewState] = useMutation(PreviewHouseholdImportDocument);
  const [commit, commitState] = useMutation(CommitHouseholdImportDocument, {
    // Households, counts and rates all change with a committed file.
    update(cache, { data }) {
      if (!data?.commitHouseholdImport.committed) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'households' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'povertyRates' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'plans' });
      cache.gc();
    },
  });
  return {
    preview: useCallback(
      async (input: HouseholdImportInput) =>
        (await preview({ variables: { input } })).data?.previewHouseholdImport ?? null,
      [preview],
    ),
    commit: useCallback(
      async (input: HouseholdImportInput) =>
        (await commit({ variables: { input } })).data?.commitHouseholdImport ?? null,
      [commit],
    ),
    previewing: previewState.loading,
    committing: commitState.loading,
  };
}
