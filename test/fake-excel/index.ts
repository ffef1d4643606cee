/**
 * A fake Excel host for tests (and, bundled, for the browser tests): an in-memory workbook behind
 * proxies that follow Office.js load/sync semantics, with every `context.sync()` counted.
 *
 *   const fake = createFakeExcel();
 *   await fake.Excel.run(async (context) => { … await context.sync(); });
 *   fake.syncCount(); fake.values("Begroting", "A1:G10"); await fake.userEdit("Begroting", "C2", [[5]]);
 *
 * No Node imports: this file and everything it imports must bundle for the browser.
 */
import { boxAddress, parseBox, splitSheet, type Box } from "./address";
import { FakeContext, Host, type CalculationEvent } from "./context";
import { DocumentFile, FILE_ENUMS } from "./document-file";
import type { CustomFunction } from "./formula";
import { OfficeError, type CellValue, type PrintState, type SheetState } from "./state";

export { OfficeError } from "./state";
export type { CalculationEvent } from "./context";
export type { CellValue } from "./state";

export interface TableInfo {
  name: string;
  sheet: string;
  address: string;
  headers: string[];
  showTotals: boolean;
}

export interface ChartInfo {
  name: string;
  sheet: string;
  chartType: string;
  source: string;
  seriesBy: string;
  title: string;
  position?: { start: string; end?: string };
}

export interface FakeExcel {
  /** Stands in for the global `Excel` (run, RequestContext and the enums the code uses). */
  Excel: typeof Excel;
  /** Stands in for the global `Office` (onReady, actions, requirements). */
  Office: typeof Office;
  /** A fresh request context on this workbook. */
  context(): Excel.RequestContext;
  /** Every `context.sync()` of every context on this workbook. */
  syncCount(): number;
  resetSyncCount(): void;
  /** Fails any sync whose answer is longer than `bytes` of JSON, as Excel does past its limit (~5 MB). */
  limitResponse(bytes: number | null): void;
  /** Syncs in which `suspendApiCalculationUntilNextSync()` had been queued. */
  suspendedSyncCount(): number;
  /** Waits for the event handlers fired so far (by syncs that wrote, or by userEdit). */
  settle(): Promise<void>;

  // Seeding
  addSheet(name: string): void;
  /** Types cells from `topLeft` ("B2" or "Sheet!B2") as a user would: "=…" is a formula. */
  setCells(sheet: string, topLeft: string, rows: unknown[][]): void;
  setNumberFormats(sheet: string, topLeft: string, formats: string[][]): void;
  addTable(sheet: string, address: string, name: string, options?: { showTotals?: boolean }): void;
  /** A function the formula evaluator knows, such as "SAMEN.TOTAL". */
  registerFunction(name: string, implementation: CustomFunction): void;
  /** The workbook as `getFileAsync(Office.FileType.Compressed)` hands it over: .xlsx bytes of the test's making. */
  setFile(bytes: Uint8Array): void;
  /**
   * The formula results the file saved, as a workbook opened in Excel shows them until their cells are
   * calculated again: `#NAME?` where the file was last saved without the add-in (office-js#6355).
   */
  setSavedResults(sheet: string, topLeft: string, rows: CellValue[][]): void;
  /** A user edit: writes the cells, fires onChanged on sheet and tables, awaits the handlers. */
  userEdit(sheet: string, address: string, rows: unknown[][]): Promise<void>;
  select(sheet: string, address: string): void;

  // Excel's calculation and the add-in's runtime, as the custom-functions host (custom-functions.ts) sees them
  onCalculation(listener: (event: CalculationEvent) => void): void;
  formulaCells(): { key: string; evaluate: () => CellValue }[];
  /** A click on the add-in's ribbon button whose action is `name` (Office.actions.associate); resolves on completed(). */
  ribbonClick(name: string): Promise<void>;
  /**
   * The add-in's shared runtime reloads while the workbook stays open: its event handlers and ribbon
   * actions are gone with its page; the custom-functions host hears it too.
   */
  reloadRuntime(): void;

  // Inspection (no sync, no counting)
  sheetNames(): string[];
  /** Values as `range.values` gives them; the used range (values only) when no address is given. */
  values(sheet: string, address?: string): CellValue[][];
  formulas(sheet: string, address?: string): unknown[][];
  numberFormats(sheet: string, address?: string): string[][];
  tables(): TableInfo[];
  /** The whole table (header, body, totals row) as values. */
  tableValues(name: string): CellValue[][];
  charts(sheet?: string): ChartInfo[];
  frozenRows(sheet: string): number;
  /** The sheet's print setup (paper, orientation, zoom, title rows, footers). */
  printSetup(sheet: string): PrintState;
  /** The formatting writes (font, fill, alignment) on the sheet, in order: "font.bold" over "A1". */
  styles(sheet: string): { address: string; property: string; value: unknown }[];
  /** Column width in points, undefined when never set. */
  columnWidth(sheet: string, column: string): number | undefined;
  activeSheet(): string | null;
  /** "Sheet!A1:B2", or null when nothing was selected. */
  selectedAddress(): string | null;
  /** The base64 file of each `Excel.createWorkbook(…)`, in order. */
  createdWorkbooks(): string[];
  /** Files handed out by getFileAsync, and how many of them were closed. */
  fileHandles(): { opened: number; closed: number };
}

const ENUMS = {
  ChartType: { columnClustered: "ColumnClustered", line: "Line", barClustered: "BarClustered", pie: "Pie" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  EventSource: { local: "Local", remote: "Remote" },
  DataChangeType: { rangeEdited: "RangeEdited", rowInserted: "RowInserted", rowDeleted: "RowDeleted" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  HorizontalAlignment: { left: "Left", center: "Center", right: "Right", general: "General" },
  ErrorCodes: {
    itemNotFound: "ItemNotFound",
    itemAlreadyExists: "ItemAlreadyExists",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
  },
};

export function createFakeExcel(): FakeExcel {
  const host = new Host();
  const state = host.state;
  const newContext = () => new FakeContext(host) as unknown as Excel.RequestContext;

  const sheetOrThrow = (name: string): SheetState => {
    const sheet = state.sheet(name);
    if (!sheet) throw new Error(`Fake Excel: no sheet "${name}"`);
    return sheet;
  };
  const boxOf = (address: string): Box => {
    const box = parseBox(splitSheet(address).local);
    if (!box) throw new Error(`Fake Excel: not an address "${address}"`);
    return box;
  };
  const areaOf = (sheet: SheetState, address?: string): Box | null =>
    address === undefined ? sheet.usedBox(true) : boxOf(address);
  const grid = <V>(
    sheet: string,
    address: string | undefined,
    cell: (s: SheetState, r: number, c: number) => V,
  ): V[][] => {
    const target = sheetOrThrow(sheet);
    const box = areaOf(target, address);
    if (!box) return [];
    return Array.from({ length: box.rows }, (_, r) =>
      Array.from({ length: box.cols }, (_, c) => cell(target, box.row + r, box.col + c)),
    );
  };
  const fill = (
    sheet: string,
    topLeft: string,
    rows: unknown[][],
    put: (s: SheetState, r: number, c: number, v: unknown) => void,
  ): Box => {
    const target = state.sheet(sheet) ?? state.addSheet(sheet);
    const start = boxOf(topLeft);
    rows.forEach((row, r) => row.forEach((value, c) => put(target, start.row + r, start.col + c, value)));
    return { row: start.row, col: start.col, rows: rows.length, cols: Math.max(0, ...rows.map((row) => row.length)) };
  };

  const documentFile = new DocumentFile();
  const ExcelGlobal = {
    ...ENUMS,
    createWorkbook: (base64?: string) => documentFile.createWorkbook(base64),
    RequestContext: function RequestContext() {
      return newContext();
    },
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      return batch(newContext());
    },
  };

  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const OfficeGlobal = {
    ...FILE_ENUMS,
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    // As Office.js: the callback is called and the promise resolves, once the host is ready.
    async onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Excel", platform: "PC" };
      callback?.(info);
      return info;
    },
    context: {
      // Departs from Excel on purpose: the fake answers yes for every requirement set, so code behind an
      // isSetSupported check runs against the fake too (npm run check:office proves the sets instead).
      requirements: { isSetSupported: () => true },
      displayLanguage: "nl-NL",
      document: { getFileAsync: documentFile.getFileAsync.bind(documentFile) },
    },
    actions: { associate: (name: string, handler: (...args: unknown[]) => unknown) => handlers.set(name, handler) },
    addin: { showAsTaskpane: async () => undefined, hide: async () => undefined },
  };

  return {
    Excel: ExcelGlobal as unknown as typeof Excel,
    Office: OfficeGlobal as unknown as typeof Office,
    context: newContext,
    syncCount: () => host.syncs,
    limitResponse: (bytes) => {
      host.responseLimit = bytes;
    },
    resetSyncCount: () => {
      host.syncs = 0;
      host.suspendedSyncs = 0;
    },
    suspendedSyncCount: () => host.suspendedSyncs,
    settle: () => host.settle(),

    addSheet: (name) => void state.addSheet(name),
    setCells: (sheet, topLeft, rows) => {
      fill(sheet, topLeft, rows, (s, r, c, v) => state.writeFormula(s, r, c, v));
      host.calculation({ type: "recalculate" });
    },
    setSavedResults: (sheet, topLeft, rows) =>
      void fill(sheet, topLeft, rows, (s, r, c, v) => {
        const cell = s.cell(r, c);
        if (cell?.formula !== undefined) cell.saved = v as CellValue;
      }),
    setNumberFormats: (sheet, topLeft, formats) =>
      void fill(sheet, topLeft, formats, (s, r, c, v) => state.writeNumberFormat(s, r, c, v)),
    addTable: (sheet, address, name, options = {}) => {
      const table = state.addTable(sheetOrThrow(sheet), boxOf(address), true);
      state.renameTable(table, name);
      if (options.showTotals) {
        table.bodyRows -= 1;
        table.showTotals = true;
      }
    },
    registerFunction: (name, implementation) => void host.functions.set(name.toUpperCase(), implementation),
    setFile: (bytes) => documentFile.seed(bytes),
    userEdit: async (sheet, address, rows) => {
      const box = fill(sheet, address, rows, (s, r, c, v) => state.writeFormula(s, r, c, v));
      host.calculation({ type: "recalculate" });
      await host.dispatch([{ sheet: sheetOrThrow(sheet), box, changeType: "RangeEdited" }], "Unknown");
    },
    select: (sheet, address) => {
      const target = sheetOrThrow(sheet);
      state.selection = { sheet: target, box: boxOf(address) };
      state.active = target;
    },

    onCalculation: (listener) => void host.calculationListeners.push(listener),
    formulaCells: () => host.formulaCells(),
    ribbonClick: (name) => {
      const handler = handlers.get(name);
      if (!handler) throw new Error(`Fake Excel: no ribbon action "${name}"`);
      host.calculation({ type: "ribbon" });
      return new Promise<void>((completed) => void handler({ completed }));
    },
    reloadRuntime: () => {
      for (const sheet of state.sheets) sheet.handlers.length = 0;
      for (const table of state.tables) table.handlers.length = 0;
      for (const list of [
        state.sheetHandlers,
        state.sheetAddedHandlers,
        state.sheetDeletedHandlers,
        state.tableHandlers,
      ])
        list.length = 0;
      handlers.clear();
      host.calculation({ type: "reload" });
    },

    sheetNames: () => state.sheets.map((sheet) => sheet.name),
    values: (sheet, address) => grid(sheet, address, (s, r, c) => host.engine.valueOf(s, r, c)),
    formulas: (sheet, address) =>
      grid(sheet, address, (s, r, c) => {
        const cell = s.cell(r, c);
        if (!cell) return "";
        return cell.formula ?? (cell.prefixed ? `'${cell.value}` : cell.value);
      }),
    numberFormats: (sheet, address) => grid(sheet, address, (s, r, c) => s.cell(r, c)?.numberFormat ?? "General"),
    tables: () =>
      state.tables.map((table) => ({
        name: table.name,
        sheet: table.sheet.name,
        address: state.address(table.sheet, table.box),
        headers: table.headers(),
        showTotals: table.showTotals,
      })),
    tableValues: (name) => {
      const table = state.table(name);
      if (!table) throw new Error(`Fake Excel: no table "${name}"`);
      return grid(table.sheet.name, boxAddress(table.box), (s, r, c) => host.engine.valueOf(s, r, c));
    },
    charts: (sheet) =>
      state.sheets
        .filter((candidate) => sheet === undefined || candidate.name === sheet)
        .flatMap((candidate) =>
          candidate.charts.map((chart) => ({
            name: chart.name,
            sheet: candidate.name,
            chartType: chart.chartType,
            source: state.address(chart.source.sheet, chart.source.box),
            seriesBy: chart.seriesBy,
            title: chart.title,
            position: chart.position,
          })),
        ),
    frozenRows: (sheet) => sheetOrThrow(sheet).frozenRows,
    printSetup: (sheet) => structuredClone(sheetOrThrow(sheet).print),
    styles: (sheet) => structuredClone(sheetOrThrow(sheet).styles),
    columnWidth: (sheet, column) => sheetOrThrow(sheet).columnWidths.get(boxOf(`${column}1`).col),
    activeSheet: () => state.active?.name ?? null,
    selectedAddress: () => (state.selection ? state.address(state.selection.sheet, state.selection.box) : null),
    createdWorkbooks: () => [...documentFile.created],
    fileHandles: () => ({ opened: documentFile.opened, closed: documentFile.closed }),
  };
}

/** Office.js errors carry a code; tests assert on it. */
export function isOfficeError(error: unknown, code?: string): error is OfficeError {
  return error instanceof OfficeError && (code === undefined || error.code === code);
}
