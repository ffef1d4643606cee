/**
 * Compares a model table of the layout with what the workbook's table holds, row by row on the key
 * column (Regel or Nr) and cell by cell, so the loader can say what the officer changed: amounts
 * edited, rows added, rows missing. Pure; nothing here touches Excel.
 */
import type { ColumnLayout, TableLayout, CellValue } from "../layout";
import { formatEuros } from "../model/money/format";

export interface CellDifference {
  /** The key of the row as the officer sees it: "d", "12", "3 en 4". */
  row: string;
  column: string;
  /** Position in the table body (0-based) and column, for the update. */
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
  /** Model rows the table lacks (left out or deleted by the officer). */
  missingRows: CellValue[][];
  /** Keys of rows the officer added: never removed, never overwritten. */
  addedRows: string[];
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

export function compareTable(layout: TableLayout, header: unknown[], body: unknown[][]): TableComparison {
  const headersMatch =
    header.length === layout.columns.length && layout.columns.every((column, i) => keyOf(header[i]) === column.header);
  if (!headersMatch) return { headersMatch, differences: [], missingRows: [], addedRows: [] };
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
      missingRows.push(row);
      continue;
    }
    layout.columns.forEach((column, columnIndex) => {
      const workbook = body[bodyIndex][columnIndex];
      if (same(column, workbook, row[columnIndex])) return;
      differences.push({
        row: key,
        column: column.header,
        bodyIndex,
        columnIndex,
        workbook,
        model: row[columnIndex],
        description: `${layout.name}, ${rowLabel} ${key}, ${column.header}: in de werkmap ${shown(column, workbook)}, in de brief ${shown(column, row[columnIndex])}`,
      });
    });
  }
  const addedRows = [...bodyIndexByKey.keys()].filter((key) => !modelKeys.has(key));
  return { headersMatch, differences, missingRows, addedRows };
}
