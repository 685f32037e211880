import { useApolloClient } from '@apollo/client/react';
import {
  type ColDef,
  type ICellRendererParams,
  type IDatasource,
  InfiniteRowModelModule,
  ModuleRegistry,
} from 'ag-grid-community';
import { useMemo } from 'react';
import { Link } from 'react-router';
import {
  type HouseholdFilter,
  type HouseholdOrder,
  HouseholdPageDocument,
  type HouseholdPageQuery,
  type HouseholdSortField,
} from '../../../apollo/generated';
import { formatNumber } from '../../../ui/format';
import { DataGrid } from '../../../ui/grid/DataGrid';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { CursorPages, fetchBlock } from '../model/cursor-pages';
import { householdPath } from './HouseholdsNav';

// The registry is paged by the server (keyset cursors): Community's infinite row model, not the
// Enterprise server-side one.
ModuleRegistry.registerModules([InfiniteRowModelModule]);

export type HouseholdRow = HouseholdPageQuery['households']['edges'][number]['node'];

const BLOCK_SIZE = 100;

// Columns the server can order by (the list is paged there, so sorting is too).
const SORT_FIELDS: Record<string, HouseholdSortField> = {
  code: 'CODE',
  village: 'VILLAGE',
  status: 'STATUS',
  memberCount: 'MEMBER_COUNT',
};

/** AG Grid's sort model as the API's order; null for the default (registration order). */
export const orderOf = (sortModel: { colId: string; sort: 'asc' | 'desc' }[]): HouseholdOrder | null => {
  const [sort] = sortModel;
  const field = sort ? SORT_FIELDS[sort.colId] : undefined;
  return sort && field ? { field, direction: sort.sort === 'desc' ? 'DESC' : 'ASC' } : null;
};

interface HouseholdGridProps {
  filter: HouseholdFilter;
  year: number;
  withNames: boolean;
  onTotal: (total: number) => void;
}

export function HouseholdGrid({ filter, year, withNames, onTotal }: HouseholdGridProps) {
  const { t } = useI18n();
  const client = useApolloClient();

  // A new datasource (and cursor map) for every filter: AG Grid then starts again from row 0.
  const datasource = useMemo<IDatasource>(() => {
    let pages = new CursorPages(BLOCK_SIZE);
    let pagesOrder = 'null';
    let total: number | undefined;
    return {
      getRows: (params) => {
        // Cursors continue only the order they were made in: a new sort starts a new cursor map.
        const orderBy = orderOf(params.sortModel);
        if (JSON.stringify(orderBy) !== pagesOrder) {
          pages = new CursorPages(BLOCK_SIZE);
          pagesOrder = JSON.stringify(orderBy);
        }
        const current = pages;
        fetchBlock(current, params.startRow, async (after) => {
          const { data } = await client.query({
            query: HouseholdPageDocument,
            variables: { first: BLOCK_SIZE, after, filter, orderBy, year, withNames },
            fetchPolicy: 'no-cache',
          });
          if (!data) throw new Error('no data');
          total = data.households.totalCount;
          onTotal(total);
          return {
            rows: data.households.edges.map((edge) => edge.node),
            endCursor: data.households.pageInfo.endCursor,
            hasNextPage: data.households.pageInfo.hasNextPage,
          };
        })
          .then(({ rows, hasNextPage }) => {
            // totalCount sizes the scrollbar; a block that ends the list has the final word.
            params.successCallback(rows, hasNextPage ? total : params.startRow + rows.length);
          })
          .catch(() => params.failCallback());
      },
    };
  }, [client, filter, year, withNames, onTotal]);

  const columns = useMemo<ColDef<HouseholdRow>[]>(() => {
    const c = t.households.columns;
    const defs: ColDef<HouseholdRow>[] = [
      {
        colId: 'code',
        headerName: c.code,
        sortable: true,
        field: 'code',
        minWidth: 260,
        cellRenderer: (params: ICellRendererParams<HouseholdRow>) =>
          params.data ? (
            <span className="household-code">
              <Link to={householdPath(params.data.id)}>{params.data.code}</Link>
              {params.data.synthetic && <span className="synthetic-badge">{t.households.synthetic}</span>}
            </span>
          ) : null,
      },
    ];
    if (withNames) defs.push({ colId: 'headName', headerName: c.headName, field: 'headName', minWidth: 180 });
    defs.push(
      { colId: 'village', headerName: c.village, sortable: true, valueGetter: (params) => params.data?.village.name },
      { colId: 'commune', headerName: c.commune, valueGetter: (params) => params.data?.commune.name },
      {
        colId: 'status',
        headerName: c.status,
        sortable: true,
        valueGetter: (params) =>
          params.data ? (params.data.status ? t.households.statusName[params.data.status] : t.households.noStatus) : '',
      },
      {
        colId: 'memberCount',
        headerName: c.members,
        sortable: true,
        field: 'memberCount',
        maxWidth: 130,
        type: 'rightAligned',
        // Shown as is: inferring a number data type would need a module the console does not load.
        cellDataType: false,
        valueFormatter: (params) => (typeof params.value === 'number' ? formatNumber(params.value) : ''),
      },
      {
        colId: 'ethnicMinority',
        headerName: c.ethnicMinority,
        maxWidth: 120,
        valueGetter: (params) => (params.data ? (params.data.ethnicMinority ? t.households.yes : t.households.no) : ''),
      },
    );
    return defs;
  }, [t, withNames]);

  return (
    <section className="household-grid" data-testid="household-grid" aria-label={t.households.gridLabel}>
      <DataGrid<HouseholdRow>
        // Columns and datasource change together when names become visible: start afresh.
        key={withNames ? 'with-names' : 'without-names'}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={BLOCK_SIZE}
        maxConcurrentDatasourceRequests={1}
        getRowId={(params) => params.data.id}
        columnDefs={columns}
        defaultColDef={{ flex: 1, sortable: false, resizable: true, suppressMovable: true }}
      />
    </section>
  );
}
