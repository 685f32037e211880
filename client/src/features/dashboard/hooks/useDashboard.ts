import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  DashboardCalendarDocument,
  DashboardMoneyDocument,
  DashboardPlanDocument,
  DashboardRatesDocument,
} from '../../../apollo/generated';

// A leader coming back to the overview sees what the cache holds at once, then today's figures.
const FRESH = 'cache-and-network' as const;

/**
 * Everything the dashboard shows for one plan year: the plan first, then (in parallel) its rates,
 * its money and its reporting calendar, which need the plan's district and id.
 */
export function useDashboard(year: number) {
  const planQuery = useQuery(DashboardPlanDocument, { variables: { year }, fetchPolicy: FRESH });
  const plan = planQuery.data?.plans[0] ?? null;
  const ratesQuery = useQuery(DashboardRatesDocument, {
    variables: { districtId: plan?.district.id ?? '', year, previousYear: year - 1 },
    skip: !plan,
    fetchPolicy: FRESH,
  });
  const planId = { variables: { planId: plan?.id ?? '' }, skip: !plan, fetchPolicy: FRESH };
  const moneyQuery = useQuery(DashboardMoneyDocument, planId);
  const calendarQuery = useQuery(DashboardCalendarDocument, planId);
  const part = <T>(query: { data: T | undefined; loading: boolean; error?: ErrorLike; refetch: () => unknown }) => ({
    data: query.data,
    loading: query.loading && !query.data,
    error: query.error,
    retry: () => void query.refetch(),
  });
  return {
    plan,
    loaded: planQuery.data !== undefined,
    loading: planQuery.loading && !planQuery.data,
    error: planQuery.error,
    retry: () => void planQuery.refetch(),
    rates: part(ratesQuery),
    money: part(moneyQuery),
    calendar: part(calendarQuery),
  };
}

export type DashboardData = ReturnType<typeof useDashboard>;
export type DashboardPlan = NonNullable<DashboardData['plan']>;
