/**
 * Reads an .xlsx file (path or bytes) into the validator's grid: a reader of its own over the zip and
 * the sheets' XML (docs/files.md, "Reading"), which reads what ExcelJS 4.4 refused (openpyxl's table
 * parts) at a fraction of its memory. Read-only: the file is never written. Whatever is wrong with the
 * file comes back as a Dutch message, never as an exception.
 */
import JSZip from "jszip";
import { unescapeXml } from "../share/samen-formula";
import { emptySheet, ERROR_VALUE, type GridCell, type GridSheet, type GridWorkbook } from "../validate/grid";
import { partPath, text, TYPE_END, workbookParts } from "./package-parts";
import { sheetCells, type RawCell } from "./sheet-cells";
import { cellNumberFormats, isDateFormat, sharedStrings } from "./workbook-styles";
import { readXlsxBytes, type XlsxBytesFailure } from "./xlsx-bytes";

export type GridReadFailure = XlsxBytesFailure;

/** Excel's sheet: a cell past it is no cell Excel wrote, and would make the rows array as long as it says. */
const [MAX_ROWS, MAX_COLUMNS] = [1_048_576, 16_384];

export type GridReadResult =
  { ok: true; workbook: GridWorkbook } | { ok: false; reason: GridReadFailure; message: string };

function failure(reason: GridReadFailure, message: string): GridReadResult {
  return { ok: false, reason, message };
}

interface WorkbookContext {
  strings: string[];
  formats: string[];
  date1904: boolean;
}

/** Excel's serial day number as an ISO date, as ExcelJS converted it. */
function isoDate(serial: number, date1904: boolean): string {
  const milliseconds = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  return new Date(milliseconds).toISOString().slice(0, 10);
}

/**
 * A cell into the grid's terms: the value shown (a formula's cached result), errors apart, dates as ISO
 * text. Each value's type is checked here as it is converted, so the grid needs no second check.
 */
function gridCell(cell: RawCell, context: WorkbookContext): GridCell {
  const grid: GridCell = { value: null };
  const numberFormat = context.formats[cell.style] ?? "General";
  const raw = cell.value;
  if (raw !== null) {
    if (cell.type === "e") grid.error = raw.trim();
    else if (cell.type === "b") grid.value = raw.trim() === "1" || raw.trim() === "true";
    else if (cell.type === "d") grid.value = raw.slice(0, 10);
    else if (cell.type === "n") {
      const number = Number(raw);
      if (raw.trim() !== "" && Number.isFinite(number))
        grid.value = isDateFormat(numberFormat) ? isoDate(number, context.date1904) : number;
    } else {
      const shown = cell.type === "s" ? (context.strings[Number(raw)] ?? "") : raw;
      if (ERROR_VALUE.test(shown.trim())) grid.error = shown.trim();
      else grid.value = shown;
    }
  }
  if (cell.formula !== null) grid.formula = cell.formula;
  if (numberFormat !== "General") grid.numberFormat = numberFormat;
  return grid;
}

/**
 * The cells straight into their place in the sheet's rows, bounds first. Only the cells the file holds
 * are placed (docs/hostile-input.md): a row without cells is a hole in the rows, a cell not held a hole
 * in its row, so a sheet holding A1 and XFD1048576 costs two cells. The arrays grow by assignment: V8
 * keeps an array with a wide gap as a dictionary of what it holds (`rows.length = n` would allocate n).
 */
function gridSheet(
  name: string,
  cells: RawCell[],
  context: WorkbookContext,
  fileName: string,
): GridSheet | GridReadResult {
  if (cells.length === 0) return emptySheet(name);
  let [top, left] = [Infinity, Infinity];
  for (const cell of cells) {
    if (!(cell.row >= 1 && cell.row <= MAX_ROWS && cell.column >= 1 && cell.column <= MAX_COLUMNS)) {
      return failure(
        "damaged",
        `${fileName} is beschadigd: blad "${name}" heeft een cel buiten de ${MAX_ROWS.toLocaleString("nl-NL")} ` +
          `rijen en ${MAX_COLUMNS.toLocaleString("nl-NL")} kolommen die Excel kent.`,
      );
    }
    [top, left] = [Math.min(top, cell.row), Math.min(left, cell.column)];
  }
  const rows: Array<Array<GridCell | null>> = [];
  for (const cell of cells) (rows[cell.row - top] ??= [])[cell.column - left] = gridCell(cell, context);
  return { name, top, left, rows };
}

async function readWorkbook(bytes: Buffer, name: string): Promise<GridReadResult> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await workbookParts(zip, unescapeXml);
  if (!parts || parts.sheets.length === 0) {
    return failure(
      "not-a-workbook",
      `${name} is een zip-bestand maar geen Excel-werkmap: er staan geen werkbladen in.`,
    );
  }
  const partOf = async (type: string) => {
    const rel = parts.workbookRels.find((candidate) => candidate.type.endsWith(type));
    return rel ? text(zip, partPath(parts.workbookPath, rel.target)) : null;
  };
  const workbookPr = /<(?:[\w.-]+:)?workbookPr\b[^>]*>/.exec(parts.workbookXml)?.[0] ?? "";
  const context: WorkbookContext = {
    strings: sharedStrings(await partOf(TYPE_END.sharedStrings)),
    formats: cellNumberFormats(await partOf(TYPE_END.styles)),
    date1904: /\sdate1904\s*=\s*["'](?:1|true)["']/.test(workbookPr),
  };
  const sheets: GridSheet[] = [];
  for (const part of parts.sheets) {
    const xml = await text(zip, part.path);
    const sheet = gridSheet(part.name, xml === null ? [] : sheetCells(xml), context, name);
    if ("ok" in sheet) return sheet;
    sheets.push(sheet);
  }
  return { ok: true, workbook: { sheets } };
}

export async function readGridFromXlsx(source: string | Buffer): Promise<GridReadResult> {
  const file = await readXlsxBytes(source);
  if (!file.ok) return file;
  try {
    return await readWorkbook(file.bytes, file.name);
  } catch {
    return failure("damaged", `${file.name} is beschadigd of onvolledig: Excel-werkmap niet te lezen.`);
  }
}
