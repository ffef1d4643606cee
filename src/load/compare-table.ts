/**
 * Compares a model table of the layout with what the workbook's table holds, row by row on the key
 * column (Regel or Nr) and cell by cell, so the loader can say what the officer changed: amounts
 * edited, rows added, rows missing, columns added. Columns are matched by header, so a year column the
 * officer added (2027 beside the letter's 2023–2026) stays hers while the letter's columns are still
 * compared and, with consent, restored. Pure; nothing here touches Excel.
 */
import { isYearHeader, type ColumnLayout, type TableLayout, type CellValue } from "../layout";
import { formatEuros } from "../model/money/format";

export interface CellDifference {
  /** The key of the row as the officer sees it: "d", "12", "3 en 4". */
  row: string;
  column: string;
  /** Position in the table body (0-based) and the workbook's column, for the update. */
  bodyIndex: number;
  columnIndex: number;
  workbook: unknown;
  model: CellValue;
  /** Dutch, one line: "Begroting, regel d, 2025: in de werkmap € 450.000, in de brief € 400.000". */
  description: string;
}

export interface TableComparison {
  headersMatch: boolean;
  differences: CellDifference[];
  /** Model rows the table lacks (left out or deleted by the officer), in the workbook's column order. */
  missingRows: CellValue[][];
  /** Keys of rows the officer added: never removed, never overwritten. */
  addedRows: string[];
  /** Headers of columns the officer added: never removed, never overwritten. */
  addedColumns: string[];
  /**
   * Model columns an older table lacks (`addedLater`), to be added at its right edge: a value per body
   * row, the model's for a row it knows, blank for a row of the officer's.
   */
  missingColumns: { header: string; values: CellValue[] }[];
}

const keyOf = (cell: unknown) => String(cell ?? "").trim();
const isBlank = (cell: unknown) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

function same(column: ColumnLayout, workbook: unknown, model: CellValue): boolean {
  if (model === null || isBlank(model)) return isBlank(workbook);
  if (column.kind !== "text") return typeof workbook === "number" && workbook === model;
  return keyOf(workbook) === keyOf(model);
}

function shown(column: ColumnLayout, value: unknown): string {
  if (isBlank(value)) return "leeg";
  return (column.kind === "euros" || column.kind === "letter-euros") && typeof value === "number"
    ? formatEuros(value)
    : `"${String(value)}"`;
}

/**
 * A model row as the workbook's columns hold it. A year column of the officer's gets € 0 in a row the
 * letter brings back (the reader takes no blank amount); any other column of hers stays blank.
 */
function inWorkbookOrder(
  row: readonly CellValue[],
  positions: readonly number[],
  header: readonly unknown[],
  missing: readonly number[],
): CellValue[] {
  const own = header.map((title, i) => {
    const column = positions.indexOf(i);
    if (column >= 0) return row[column];
    return isYearHeader(keyOf(title)) ? 0 : null;
  });
  return [...own, ...missing.map((column) => row[column])];
}

export function compareTable(layout: TableLayout, header: unknown[], body: unknown[][]): TableComparison {
  const titles = header.map(keyOf);
  const positions = layout.columns.map((column) => titles.indexOf(column.header));
  // The key column first and each of the model's columns once, or not at all when older tables lack it:
  // then the table can be compared.
  const headersMatch =
    positions[0] === 0 &&
    positions.every((position, i) =>
      position < 0 ? layout.columns[i].addedLater === true : titles.lastIndexOf(layout.columns[i].header) === position,
    );
  if (!headersMatch) {
    return { headersMatch, differences: [], missingRows: [], addedRows: [], addedColumns: [], missingColumns: [] };
  }
  const addedColumns = titles.filter((_, i) => !positions.includes(i));
  const missing = layout.columns.flatMap((_, i) => (positions[i] < 0 ? [i] : []));
  const modelRowByKey = new Map(layout.rows.map((row) => [keyOf(row[0]), row]));
  const missingColumns = missing.map((i) => ({
    header: layout.columns[i].header,
    values: body.map((row) => modelRowByKey.get(keyOf(row[0]))?.[i] ?? null),
  }));
  const rowLabel = layout.columns[0].header === "Regel" ? "regel" : "nr.";
  const bodyIndexByKey = new Map<string, number>();
  body.forEach((row, index) => {
    if (!row.every(isBlank) && !bodyIndexByKey.has(keyOf(row[0]))) bodyIndexByKey.set(keyOf(row[0]), index);
  });
  const modelKeys = new Set(layout.rows.map((row) => keyOf(row[0])));
  const differences: CellDifference[] = [];
  const missingRows: CellValue[][] = [];
  for (const row of layout.rows) {
    const key = keyOf(row[0]);
    const bodyIndex = bodyIndexByKey.get(key);
    if (bodyIndex === undefined) {
      missingRows.push(inWorkbookOrder(row, positions, header, missing));
      continue;
    }
    layout.columns.forEach((column, i) => {
      const columnIndex = positions[i];
      if (columnIndex < 0) return;
      const workbook = body[bodyIndex][columnIndex];
      if (same(column, workbook, row[i])) return;
      differences.push({
        row: key,
        column: column.header,
        bodyIndex,
        columnIndex,
        workbook,
        model: row[i],
        description: `${layout.name}, ${rowLabel} ${key}, ${column.header}: in de werkmap ${shown(column, workbook)}, in de brief ${shown(column, row[i])}`,
      });
    });
  }
  const addedRows = [...bodyIndexByKey.keys()].filter((key) => !modelKeys.has(key));
  return { headersMatch, differences, missingRows, addedRows, addedColumns, missingColumns };
}
