/**
 * The in-memory workbook behind the fake host: sheets of cells, tables (ListObjects), charts, the
 * selection. Writes follow Excel's rules for what a typed value becomes (a leading "=" makes a formula,
 * a leading apostrophe or the text format "@" keeps text), so a writer that forgets them is caught.
 */
import { boxAddress, contains, intersects, quoteSheet, type Box } from "./address";

export type CellValue = string | number | boolean;

export interface Cell {
  value: CellValue;
  /** Present for formula cells: the formula text as typed ("=SUM(A1:A3)"). */
  formula?: string;
  /** Text kept with a leading apostrophe: Office.js shows it back in `formulas`. */
  prefixed?: boolean;
  /** A formula's result as the file saved it (`#NAME?`), shown until Excel calculates the cell again. */
  saved?: CellValue;
  numberFormat: string;
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export type Handler = (args: Record<string, unknown>) => unknown;

let nextId = 1;
const newId = (kind: string) => `{${kind}-${nextId++}}`;

/** A sheet's print setup as a new Excel sheet has it (US defaults, as Excel on the web starts). */
export interface PrintState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** "$1:$1", or null when no rows repeat. */
  titleRows: string | null;
  footers: { leftFooter: string; centerFooter: string; rightFooter: string };
}

export class SheetState {
  readonly id = newId("sheet");
  readonly cells = new Map<string, Cell>();
  readonly columnWidths = new Map<number, number>();
  readonly charts: ChartState[] = [];
  readonly handlers: Handler[] = [];
  /** Formatting writes (font, fill, alignment) in order, for tests that look at them. */
  readonly styles: { address: string; property: string; value: unknown }[] = [];
  frozenRows = 0;
  visibility = "Visible";
  print: PrintState = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    titleRows: null,
    footers: { leftFooter: "", centerFooter: "", rightFooter: "" },
  };
  constructor(public name: string) {}

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** The bounding box of the cells that hold something (values only, or formats too). */
  usedBox(valuesOnly: boolean): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
      const [row, col] = key.split(",").map(Number);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

export class TableState {
  readonly id = newId("table");
  readonly handlers: Handler[] = [];
  showTotals = false;
  style = "TableStyleMedium2";
  constructor(
    public name: string,
    readonly sheet: SheetState,
    public top: number,
    readonly left: number,
    public width: number,
    public bodyRows: number,
  ) {}

  get box(): Box {
    return { row: this.top, col: this.left, rows: 1 + this.bodyRows + (this.showTotals ? 1 : 0), cols: this.width };
  }
  get headerBox(): Box {
    return { row: this.top, col: this.left, rows: 1, cols: this.width };
  }
  get bodyBox(): Box {
    return { row: this.top + 1, col: this.left, rows: Math.max(this.bodyRows, 1), cols: this.width };
  }
  get totalsBox(): Box {
    return { row: this.top + 1 + this.bodyRows, col: this.left, rows: 1, cols: this.width };
  }
  headers(): string[] {
    return Array.from({ length: this.width }, (_, i) => String(this.sheet.cell(this.top, this.left + i)?.value ?? ""));
  }
}

export interface ChartState {
  id: string;
  name: string;
  chartType: string;
  seriesBy: string;
  source: { sheet: SheetState; box: Box };
  title: string;
  position?: { start: string; end?: string };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly sheetHandlers: Handler[] = [];
  readonly sheetAddedHandlers: Handler[] = [];
  readonly sheetDeletedHandlers: Handler[] = [];
  readonly tableHandlers: Handler[] = [];
  selection: { sheet: SheetState; box: Box } | null = null;
  active: SheetState | null = null;
  private tableCounter = 0;
  private chartCounter = 0;

  sheet(name: string): SheetState | null {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  table(name: string): TableState | null {
    return this.tables.find((table) => table.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  addSheet(name?: string): SheetState {
    const chosen = name ?? this.freeSheetName();
    if (chosen.length === 0 || chosen.length > 31 || /[\\/?*[\]:]/.test(chosen) || /^'|'$/.test(chosen)) {
      throw new OfficeError("InvalidArgument", `The argument is invalid or missing: sheet name "${chosen}".`);
    }
    if (this.sheet(chosen))
      throw new OfficeError(
        "ItemAlreadyExists",
        `A resource with the same name or identifier already exists: ${chosen}.`,
      );
    const sheet = new SheetState(chosen);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  private freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.sheet(`Sheet${n}`)) return `Sheet${n}`;
  }

  renameSheet(sheet: SheetState, name: string): void {
    const other = this.sheet(name);
    if (other && other !== sheet) throw new OfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    sheet.name = name;
  }

  deleteSheet(sheet: SheetState): void {
    if (this.sheets.length === 1) throw new OfficeError("InvalidOperation", "A workbook must keep one visible sheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const table of this.tables.filter((candidate) => candidate.sheet === sheet))
      this.tables.splice(this.tables.indexOf(table), 1);
    if (this.active === sheet) this.active = this.sheets[0];
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  /** Writes what a user or `range.values` would write: "=…" becomes a formula, "'…" stays text. */
  writeValue(sheet: SheetState, row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const cell = this.ensureCell(sheet, row, col);
    delete cell.formula;
    delete cell.prefixed;
    delete cell.saved;
    if (typeof input === "number" || typeof input === "boolean") {
      cell.value = input;
      return;
    }
    const text = String(input);
    if (cell.numberFormat === "@") cell.value = text;
    else if (text.startsWith("'")) {
      cell.value = text.slice(1);
      cell.prefixed = true;
    } else if (NUMBER.test(text.trim())) cell.value = Number(text);
    else if (text.length > 1 && /^[=+\-@]/.test(text)) {
      // Excel reads a leading + - or @ as the start of a formula, just as it reads "=".
      cell.formula = text.startsWith("=") ? text : `=${text}`;
      cell.value = "";
    } else cell.value = text;
    this.dropEmpty(sheet, row, col);
  }

  writeFormula(sheet: SheetState, row: number, col: number, input: unknown): void {
    if (typeof input === "string" && input.startsWith("=") && input.length > 1) {
      const cell = this.ensureCell(sheet, row, col);
      delete cell.prefixed;
      delete cell.saved;
      cell.formula = input;
      cell.value = "";
      return;
    }
    this.writeValue(sheet, row, col, input);
  }

  writeNumberFormat(sheet: SheetState, row: number, col: number, format: unknown): void {
    if (format === null || format === undefined) return;
    this.ensureCell(sheet, row, col).numberFormat = String(format);
    this.dropEmpty(sheet, row, col);
  }

  clear(sheet: SheetState, box: Box): void {
    for (let r = box.row; r < box.row + box.rows; r++)
      for (let c = box.col; c < box.col + box.cols; c++) sheet.cells.delete(`${r},${c}`);
  }

  private ensureCell(sheet: SheetState, row: number, col: number): Cell {
    const key = `${row},${col}`;
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = { value: "", numberFormat: "General" };
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  private dropEmpty(sheet: SheetState, row: number, col: number): void {
    const cell = sheet.cell(row, col);
    if (cell && cell.value === "" && cell.formula === undefined && cell.numberFormat === "General")
      sheet.cells.delete(`${row},${col}`);
  }

  addTable(sheet: SheetState, box: Box, hasHeaders: boolean): TableState {
    if (!hasHeaders)
      throw new OfficeError("InvalidArgument", "The fake host only adds tables over a header row (hasHeaders = true).");
    if (box.rows < 1 || box.rows > 100_000) throw new OfficeError("InvalidArgument", "The table range is invalid.");
    if (this.tables.some((table) => table.sheet === sheet && intersects(table.box, box))) {
      throw new OfficeError("InvalidOperation", "A table can't overlap another table.");
    }
    let name: string;
    do name = `Table${++this.tableCounter}`;
    while (this.table(name));
    const table = new TableState(name, sheet, box.row, box.col, box.cols, box.rows - 1);
    const seen = new Set<string>();
    table.headers().forEach((header, i) => {
      let text = header === "" ? `Column${i + 1}` : header;
      for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${header}${n}`;
      seen.add(text.toLowerCase());
      if (text !== header) this.writeValue(sheet, box.row, box.col + i, text);
      else if (typeof sheet.cell(box.row, box.col + i)?.value !== "string")
        this.forceText(sheet, box.row, box.col + i, text);
    });
    this.tables.push(table);
    return table;
  }

  private forceText(sheet: SheetState, row: number, col: number, text: string): void {
    const cell = this.ensureCell(sheet, row, col);
    delete cell.formula;
    cell.value = text;
  }

  renameTable(table: TableState, name: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rc]$/i.test(name)) {
      throw new OfficeError("InvalidArgument", `The argument is invalid or missing: table name "${name}".`);
    }
    const other = this.table(name);
    if (other && other !== table) throw new OfficeError("InvalidArgument", `A table named ${name} already exists.`);
    table.name = name;
  }

  setShowTotals(table: TableState, show: boolean): void {
    if (show === table.showTotals) return;
    if (show) {
      table.showTotals = true;
      this.clear(table.sheet, table.totalsBox);
      this.writeValue(table.sheet, table.totalsBox.row, table.left, "Total");
    } else {
      this.clear(table.sheet, table.totalsBox);
      table.showTotals = false;
    }
  }

  deleteTable(table: TableState, keepCells: boolean): void {
    if (!keepCells) this.clear(table.sheet, table.box);
    this.tables.splice(this.tables.indexOf(table), 1);
  }

  /** Inserts body rows at `index` (end when absent), shifting the cells below within the table's columns. */
  insertTableRows(table: TableState, index: number | undefined, values: unknown[][]): void {
    const at = index ?? table.bodyRows;
    if (at < 0 || at > table.bodyRows)
      throw new OfficeError("InvalidArgument", `Row index ${at} is outside the table.`);
    if (values.some((row) => row.length !== table.width)) {
      throw new OfficeError("InvalidArgument", "The number of values does not match the table's columns.");
    }
    const firstRow = table.top + 1 + at;
    this.shiftRows(table.sheet, table.left, table.width, firstRow, values.length);
    for (const other of this.tables) {
      if (
        other !== table &&
        other.sheet === table.sheet &&
        other.top >= firstRow &&
        other.left < table.left + table.width &&
        table.left < other.left + other.width
      )
        other.top += values.length;
    }
    table.bodyRows += values.length;
    values.forEach((row, r) =>
      row.forEach((value, c) => this.writeValue(table.sheet, firstRow + r, table.left + c, value)),
    );
  }

  /**
   * Adds a column at the table's right edge, as `table.columns.add(null, values, name)` does: the cells to
   * the right of the table in its rows shift right. `values` holds the header first when no name is given.
   */
  appendTableColumn(table: TableState, name: string | undefined, values: unknown[][] | undefined): void {
    const box = table.box;
    const col = table.left + table.width;
    const moved: [number, number, Cell][] = [];
    for (const [key, cell] of table.sheet.cells) {
      const [row, c] = key.split(",").map(Number);
      if (row >= box.row && row < box.row + box.rows && c >= col) {
        moved.push([row, c, cell]);
        table.sheet.cells.delete(key);
      }
    }
    for (const [row, c, cell] of moved) table.sheet.cells.set(`${row},${c + 1}`, cell);
    const cells = values ?? [];
    if (cells.length > 0 && cells.length !== box.rows - (name === undefined ? 0 : 1)) {
      throw new OfficeError("InvalidArgument", "The number of values does not match the table's rows.");
    }
    const header = name ?? String(cells[0]?.[0] ?? `Column${table.width + 1}`);
    table.width += 1;
    this.forceText(table.sheet, table.top, col, header);
    const body = name === undefined ? cells.slice(1) : cells;
    body.forEach((row, r) => this.writeValue(table.sheet, table.top + 1 + r, col, row[0]));
  }

  deleteTableRow(table: TableState, index: number): void {
    if (index < 0 || index >= table.bodyRows) throw new OfficeError("ItemNotFound", `The table has no row ${index}.`);
    const row = table.top + 1 + index;
    this.clear(table.sheet, { row, col: table.left, rows: 1, cols: table.width });
    this.shiftRows(table.sheet, table.left, table.width, row + 1, -1);
    table.bodyRows -= 1;
  }

  private shiftRows(sheet: SheetState, left: number, width: number, fromRow: number, by: number): void {
    const moved: [number, number, Cell][] = [];
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number);
      if (row >= fromRow && col >= left && col < left + width) {
        moved.push([row, col, cell]);
        sheet.cells.delete(key);
      }
    }
    for (const [row, col, cell] of moved) sheet.cells.set(`${row + by},${col}`, cell);
  }

  tableAt(sheet: SheetState, row: number, col: number): TableState | null {
    return this.tables.find((table) => table.sheet === sheet && contains(table.box, row, col)) ?? null;
  }

  addChart(
    sheet: SheetState,
    chartType: string,
    source: { sheet: SheetState; box: Box },
    seriesBy: string,
  ): ChartState {
    const chart: ChartState = {
      id: newId("chart"),
      name: `Chart ${++this.chartCounter}`,
      chartType,
      seriesBy,
      source,
      title: "",
    };
    sheet.charts.push(chart);
    return chart;
  }

  address(sheet: SheetState, box: Box): string {
    return `${quoteSheet(sheet.name)}!${boxAddress(box)}`;
  }
}
