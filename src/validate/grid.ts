/**
 * The host-free picture of a workbook that validation reads: per sheet, the cells present with the
 * value Excel shows (or the cached result of a formula), the formula text and the number format. Both
 * readers (the file reader, Office.js for the open workbook) produce it; no rule sees a host object.
 *
 * A sheet's rows may be sparse: the file reader leaves out what a file does not hold, a row without
 * cells as a hole in the rows and a cell not present as a hole in its row, so a sheet holding A1 and
 * XFD1048576 costs two cells, not the rectangle between them nor a slot per row (docs/hostile-input.md).
 * Whatever walks a sheet walks its cells present (forEachCell, forEachCellIn, rightOf), never the
 * rectangle's slots, and reads a cell with cellAt.
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
  /** Per row from top, its cells from left; a row or cell not present is null, or a hole. */
  rows: z.array(z.array(GridCellSchema.nullable())),
});
export type GridSheet = z.infer<typeof GridSheetSchema>;

export const GridWorkbookSchema = z.object({ sheets: z.array(GridSheetSchema) });
export type GridWorkbook = z.infer<typeof GridWorkbookSchema>;

/** A sheet without any value, as both readers give it. */
export function emptySheet(name: string): GridSheet {
  return { name, top: 1, left: 1, rows: [] };
}

/**
 * A span longer than this is walked by the slots an array holds rather than slot by slot: a row holding
 * A and XFD has two cells, not 16 384 slots. Shorter spans are walked by index, faster for dense rows.
 */
const SLOTS_WALKED = 64;

/** The slots each walked array holds, ascending: found once per array, as a sheet is not changed once read. */
const heldSlots = new WeakMap<ReadonlyArray<unknown>, Int32Array>();

function slotsHeld(items: ReadonlyArray<unknown>): Int32Array {
  let slots = heldSlots.get(items);
  if (!slots) {
    const held: number[] = [];
    // An array's own index keys come in ascending order; a sparse array yields only the slots it holds.
    for (const key in items) held.push(Number(key));
    heldSlots.set(items, (slots = Int32Array.from(held)));
  }
  return slots;
}

/**
 * Each entry present in items[from..to] (0-based slots, both included), in order: by index over a short
 * span, else from the first slot held at or after `from` (a binary search), so a small area of a long
 * sheet costs its own rows, and a long span of a sparse sheet the rows it holds.
 */
function forEachPresent<T>(
  items: ReadonlyArray<T | null | undefined> | undefined,
  from: number,
  to: number,
  visit: (item: T, slot: number) => void,
): void {
  if (!items) return;
  const [first, last] = [Math.max(from, 0), Math.min(to, items.length - 1)];
  if (last - first < SLOTS_WALKED) {
    for (let slot = first; slot <= last; slot++) {
      const item = items[slot];
      if (item) visit(item, slot);
    }
    return;
  }
  const slots = slotsHeld(items);
  let [low, high] = [0, slots.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (slots[middle] < first) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < slots.length && slots[i] <= last; i++) {
    const item = items[slots[i]];
    if (item) visit(item, slots[i]);
  }
}

/** Each cell present on the sheet, row by row, left to right, with its 1-based row and column. */
export function forEachCell(sheet: GridSheet, visit: (cell: GridCell, row: number, col: number) => void): void {
  forEachCellIn(sheet, sheet.top, sheet.left, bottomOf(sheet), rightOf(sheet), visit);
}

/** Each cell present in the area (1-based, bounds included), row by row, left to right. */
export function forEachCellIn(
  sheet: GridSheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  visit: (cell: GridCell, row: number, col: number) => void,
): void {
  forEachPresent(sheet.rows, top - sheet.top, bottom - sheet.top, (cells, r) =>
    forEachPresent(cells, left - sheet.left, right - sheet.left, (cell, slot) =>
      visit(cell, sheet.top + r, sheet.left + slot),
    ),
  );
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
    let widest = 0;
    forEachPresent(sheet.rows, 0, sheet.rows.length - 1, (row) => (widest = Math.max(widest, row.length)));
    widths.set(sheet, (width = widest));
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
