/**
 * Reads an .xlsx file (path or bytes) into the validator's grid with ExcelJS. Read-only: the file is
 * never written. Whatever is wrong with the file comes back as a Dutch message, never as an exception.
 */
import ExcelJS from "exceljs";
import { emptySheet, ERROR_VALUE, type GridCell, type GridSheet, type GridWorkbook } from "../validate/grid";
import { readXlsxBytes, type XlsxBytesFailure } from "./xlsx-bytes";

export type GridReadFailure = XlsxBytesFailure;

/**
 * The grid holds a sheet's used range as a dense rectangle. Two cells far apart (A1 and XFD1048576)
 * span billions of cells and would exhaust memory, so a rectangle past this budget is refused.
 * A sheet of 100 000 action rows spans under a million cells.
 */
export const MAX_GRID_CELLS = 10_000_000;

export type GridReadResult =
  { ok: true; workbook: GridWorkbook } | { ok: false; reason: GridReadFailure; message: string };

function failure(reason: GridReadFailure, message: string): GridReadResult {
  return { ok: false, reason, message };
}

type CellValue = ExcelJS.CellValue;

function plainText(value: CellValue): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value) return value.richText.map((run) => run.text).join("");
  if (value && typeof value === "object" && "text" in value && typeof value.text === "string") return value.text;
  return null;
}

/**
 * A cell into the grid's terms: the value shown (a formula's cached result), errors apart, dates as ISO
 * text. Each value's type is checked here as it is converted, so the grid needs no second check.
 */
function gridCell(cell: ExcelJS.Cell): GridCell {
  const formula = cell.type === ExcelJS.ValueType.Formula;
  // ExcelJS translates a shared formula to this cell's own references.
  const shown = formula ? (cell.result as CellValue) : cell.value;
  const grid: GridCell = { value: null };
  if (typeof shown === "number" || typeof shown === "boolean") grid.value = shown;
  else if (shown instanceof Date) grid.value = shown.toISOString().slice(0, 10);
  else if (shown && typeof shown === "object" && "error" in shown) grid.error = String(shown.error);
  else {
    const text = plainText(shown);
    if (text !== null && ERROR_VALUE.test(text.trim())) grid.error = text.trim();
    else if (text !== null) grid.value = text;
  }
  if (formula) grid.formula = cell.formula;
  const numberFormat = cell.numFmt;
  if (numberFormat && numberFormat !== "General") grid.numberFormat = numberFormat;
  return grid;
}

/** Merged-over and empty cells hold nothing the validator reads. */
function holdsSomething(cell: ExcelJS.Cell): boolean {
  return cell.type !== ExcelJS.ValueType.Merge && cell.type !== ExcelJS.ValueType.Null;
}

/**
 * Two passes over ExcelJS's cells, the first for the bounds, so each cell is converted straight into its
 * place: a list of a million positioned cells in between cost more than the conversion itself.
 */
function gridSheet(worksheet: ExcelJS.Worksheet, fileName: string): GridSheet | GridReadResult {
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (!holdsSomething(cell)) return;
      [top, bottom] = [Math.min(top, rowNumber), Math.max(bottom, rowNumber)];
      [left, right] = [Math.min(left, colNumber), Math.max(right, colNumber)];
    });
  });
  if (bottom === 0) return emptySheet(worksheet.name);
  const [height, width] = [bottom - top + 1, right - left + 1];
  if (height * width > MAX_GRID_CELLS) {
    return failure(
      "too-large",
      `Blad "${worksheet.name}" in ${fileName} beslaat ${height.toLocaleString("nl-NL")} rijen bij ` +
        `${width.toLocaleString("nl-NL")} kolommen, meer dan de controle aankan. Wis de lege rijen en ` +
        "kolommen buiten de tabellen (Ctrl+End toont waar het blad eindigt) en controleer opnieuw.",
    );
  }
  const emptyRow = (): Array<GridCell | null> => new Array<GridCell | null>(width).fill(null);
  const rows = new Array<Array<GridCell | null>>(height);
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (holdsSomething(cell)) (rows[rowNumber - top] ??= emptyRow())[colNumber - left] = gridCell(cell);
    });
  });
  for (let r = 0; r < height; r++) rows[r] ??= emptyRow();
  return { name: worksheet.name, top, left, rows };
}

export async function readGridFromXlsx(source: string | Buffer): Promise<GridReadResult> {
  const file = await readXlsxBytes(source);
  if (!file.ok) return file;
  const { bytes, name } = file;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return failure("damaged", `${name} is beschadigd of onvolledig: Excel-werkmap niet te lezen.`);
  }
  if (workbook.worksheets.length === 0) {
    return failure(
      "not-a-workbook",
      `${name} is een zip-bestand maar geen Excel-werkmap: er staan geen werkbladen in.`,
    );
  }
  const sheets: GridSheet[] = [];
  for (const worksheet of workbook.worksheets) {
    const sheet = gridSheet(worksheet, name);
    if ("ok" in sheet) return sheet;
    sheets.push(sheet);
  }
  return { ok: true, workbook: { sheets } };
}
