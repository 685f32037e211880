import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  EventApiModule,
  HighlightChangesModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  themeQuartz,
} from 'ag-grid-community';
import './grid.css';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import type { Ref } from 'react';

// AG Grid Community only, and only the modules the console uses (AllCommunityModule would add
// about 1 MB). What Community lacks (paste, fill, range selection, tree rows, xlsx) the features
// build on top: see features/allocations.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  PinnedRowModule,
  CellStyleModule,
  RowStyleModule,
  CustomEditorModule,
  ColumnApiModule,
  RowApiModule,
  RenderApiModule,
  ScrollApiModule,
  EventApiModule,
  HighlightChangesModule,
]);

/** The console's look for every grid: Quartz, in the console's colours and type. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12.5,
  headerFontWeight: 600,
  foregroundColor: '#1c2733',
  headerTextColor: '#1c2733',
  headerBackgroundColor: '#eef1f4',
  accentColor: '#0b5394',
  borderColor: '#d5dbe1',
  spacing: 6,
  cellHorizontalPadding: 8,
  wrapperBorderRadius: 4,
  columnBorder: true,
  headerColumnBorder: true,
  oddRowBackgroundColor: '#ffffff',
});

export type DataGridProps<TData> = AgGridReactProps<TData> & { gridRef?: Ref<AgGridReact<TData>> };

/** AG Grid with the console's theme; everything else is the caller's. */
export function DataGrid<TData>({ gridRef, ...props }: DataGridProps<TData>) {
  return <AgGridReact<TData> ref={gridRef} theme={gridTheme} {...props} />;
}
