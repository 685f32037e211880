import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { type Role, SetTargetDocument, type SetTargetInput, TargetsOverviewDocument } from '../../../apollo/generated';

// Decision of the district: the Labour office (Phòng LĐ-TB&XH) advises on poverty targets; the
// server refuses everyone else too.
const TARGET_WRITERS: readonly Role[] = ['PLANNING_OFFICER', 'ADMIN'];

export function useTargetsOverview(year: number) {
  const { data, loading, error, refetch } = useQuery(TargetsOverviewDocument, { variables: { year } });
  const roles = data?.viewer?.roles ?? [];
  return {
    plan: data?.plans[0] ?? null,
    loaded: data !== undefined,
    canEdit: roles.some((role) => TARGET_WRITERS.includes(role)),
    loading: loading && !data,
    error,
    retry: () => void refetch(),
  };
}

/** setTarget; a target new to the plan joins Plan.targets in the cache, a changed one updates itself. */
export function useSetTarget() {
  const [mutate, { loading }] = useMutation(SetTargetDocument);
  const setTarget = useCallback(
    async (input: SetTargetInput) => {
      const { data } = await mutate({
        variables: { input },
        update(cache, { data: result }) {
          const target = result?.setTarget.target;
          if (!target || result.setTarget.userErrors.length > 0) return;
          cache.modify({
            id: cache.identify({ __typename: 'Plan', id: input.planId }),
            fields: {
              targets(existing: readonly { __ref: string }[] = [], { toReference }) {
                // The payload is already normalised: only its place in the plan's list is new.
                const ref = toReference(target);
                if (!ref || existing.some((item) => item.__ref === ref.__ref)) return existing;
                return [...existing, ref];
              },
            },
          });
        },
      });
      return data?.setTarget ?? null;
    },
    [mutate],
  );
  return { setTarget, saving: loading };
}
