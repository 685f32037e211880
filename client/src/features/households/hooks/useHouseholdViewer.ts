import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { HouseholdViewerDocument } from '../../../apollo/generated';
import type { HouseholdViewer } from '../model/access';

/** Roles and commune scope of the viewer; null until known, so no query asks for names too early. */
export function useHouseholdViewer(): HouseholdViewer | null {
  const { data } = useQuery(HouseholdViewerDocument);
  const viewer = data?.viewer;
  return useMemo(
    () => (viewer ? { roles: viewer.roles, communeIds: viewer.communeScope.map((unit) => unit.id) } : null),
    [viewer],
  );
}
