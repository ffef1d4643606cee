/**
 * The host-free description of the workbook the add-in writes: what both writers (Office.js and
 * ExcelJS) render and nothing else, so the two cannot drift apart.
 */

/** A cell of a table body: text, a whole number, or empty. Text is always text, never a formula. */
export type CellValue = string | number | null;

/** `euros` shows zero as `€ 0`; `letter-euros`, an amount of the letter's own tables, shows it as the letter's `-`. */
export type ColumnKind = "text" | "integer" | "euros" | "letter-euros";

export interface ColumnLayout {
  header: string;
  kind: ColumnKind;
  /** Width in characters (ExcelJS's unit; the Office.js writer converts to points). */
  width: number;
  /** A column workbooks written before it lack: Model laden adds it to such a table. */
  addedLater?: true;
}

/** A formula with the result it has for the model, so a file opens correct before any recalculation. */
export interface FormulaCell {
  formula: string;
  result: number | string;
}

export type TotalsCell = CellValue | FormulaCell;

export interface TableLayout {
  name: string;
  sheet: string;
  columns: ColumnLayout[];
  rows: CellValue[][];
  /** The totals row, one cell per column; null when the table has none. */
  totals: TotalsCell[] | null;
}

export interface FreeCell {
  /** A1 address on the sheet. */
  address: string;
  value: CellValue | FormulaCell;
  numberFormat?: string;
  bold?: boolean;
}

export interface ChartLayout {
  name: string;
  title: string;
  /** Local A1 address of the source range on the same sheet (labels in the first column). */
  source: string;
  seriesBy: "Columns" | "Rows";
  topLeft: string;
  bottomRight: string;
}

/** Print setup of a sheet: paper, orientation, fit to pages wide (any number tall), rows repeated, footer. */
export interface PrintLayout {
  paperSize: "A4";
  orientation: "landscape" | "portrait";
  pagesWide: number;
  /** Rows repeated at the top of every page, 1-based and inclusive. */
  titleRows: { first: number; last: number };
  /** Texts in Excel's header/footer codes (`&P` page number, `&N` number of pages). */
  leftFooter: string;
  rightFooter: string;
}

export interface SheetLayout {
  name: string;
  /** At most one table per sheet, written from A1. */
  table: TableLayout | null;
  cells: FreeCell[];
  /** Widths in characters for columns not covered by a table, from column A. */
  columnWidths: number[];
  frozenRows: number;
  chart: ChartLayout | null;
  print: PrintLayout;
  /** The first row (1-based) whose content follows the saved plans; the rows from it on are the model's own. */
  followsSavedPlansFrom?: number;
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
}

export function isFormula(value: TotalsCell | FreeCell["value"]): value is FormulaCell {
  return typeof value === "object" && value !== null;
}
