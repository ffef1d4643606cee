/**
 * The host-free picture of a workbook that validation reads: per sheet, a rectangle of cells with the
 * value Excel shows (or the cached result of a formula), the formula text and the number format. Both
 * readers (ExcelJS for files, Office.js for the open workbook) produce it; no rule sees a host object.
 */
import { z } from "zod";

export const ERROR_VALUE = /^#(?:REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|GETTING_DATA)$/;

export const GridCellSchema = z.object({
  /** The value shown; for a formula its cached result, null when the file holds none. */
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  /** An Excel error shown in the cell ("#REF!"); value is then null. */
  error: z.string().optional(),
  /** The formula without its leading "=". */
  formula: z.string().optional(),
  numberFormat: z.string().optional(),
});
export type GridCell = z.infer<typeof GridCellSchema>;

export const GridSheetSchema = z.object({
  name: z.string(),
  /** 1-based row and column of rows[0][0]. */
  top: z.number().int().min(1),
  left: z.number().int().min(1),
  rows: z.array(z.array(GridCellSchema.nullable())),
});
export type GridSheet = z.infer<typeof GridSheetSchema>;

export const GridWorkbookSchema = z.object({ sheets: z.array(GridSheetSchema) });
export type GridWorkbook = z.infer<typeof GridWorkbookSchema>;

/** A sheet without any value, as both readers give it. */
export function emptySheet(name: string): GridSheet {
  return { name, top: 1, left: 1, rows: [] };
}

export function cellAt(sheet: GridSheet, row: number, col: number): GridCell | null {
  return sheet.rows[row - sheet.top]?.[col - sheet.left] ?? null;
}

export function bottomOf(sheet: GridSheet): number {
  return sheet.top + sheet.rows.length - 1;
}

const widths = new WeakMap<GridSheet, number>();

export function rightOf(sheet: GridSheet): number {
  let width = widths.get(sheet);
  if (width === undefined) {
    width = 0;
    for (const row of sheet.rows) width = Math.max(width, row.length);
    widths.set(sheet, width);
  }
  return sheet.left + width - 1;
}

/** The text a cell shows, trimmed; "" for blank, numbers as JavaScript prints them. */
export function textAt(sheet: GridSheet, row: number, col: number): string {
  const cell = cellAt(sheet, row, col);
  if (!cell) return "";
  if (cell.error) return cell.error;
  return cell.value === null ? "" : String(cell.value).trim();
}

export function isBlank(cell: GridCell | null): boolean {
  return (
    !cell || (cell.error === undefined && cell.formula === undefined && (cell.value === null || cell.value === ""))
  );
}

function columnLetters(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnNumber(letters: string): number {
  let col = 0;
  for (const letter of letters.toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  return col;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "$B$3" → { row: 3, col: 2 }; null when the text is no A1 cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  return match ? { row: Number(match[2]), col: columnNumber(match[1]) } : null;
}

/**
 * Builds a sheet from a value matrix as Office.js hands it out (values, formulas, numberFormat of one
 * range): Office.js shows errors as text ("#REF!"), blanks as "" and a formula as "=…".
 */
export function sheetFromMatrices(
  name: string,
  top: number,
  left: number,
  values: ReadonlyArray<ReadonlyArray<unknown>>,
  formulas: ReadonlyArray<ReadonlyArray<unknown>>,
  numberFormats: ReadonlyArray<ReadonlyArray<unknown>>,
): GridSheet {
  const rows = values.map((line, r) =>
    line.map((raw, c): GridCell | null => {
      const formula = formulas[r]?.[c];
      const format = numberFormats[r]?.[c];
      const cell: GridCell = { value: null };
      if (typeof formula === "string" && formula.startsWith("=")) cell.formula = formula.slice(1);
      if (typeof format === "string" && format !== "General") cell.numberFormat = format;
      if (typeof raw === "string" && ERROR_VALUE.test(raw)) cell.error = raw;
      else if (typeof raw === "number" || typeof raw === "boolean") cell.value = raw;
      else if (typeof raw === "string" && raw !== "") cell.value = raw;
      return isBlank(cell) ? null : cell;
    }),
  );
  return GridSheetSchema.parse({ name, top, left, rows });
}
