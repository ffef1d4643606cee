/**
 * The model tables as the loader writes them, from the layout (renderLayout of the letter's plan), as
 * Office.js gives `table.getRange().values`: header row first, the Begroting totals as their results.
 */
import { isFormula, renderLayout, type ModelTables, type TableLayout, type TableName } from "../../src/layout";
import { LETTER_PLAN } from "../../src/model/letter/dataset";

function values(table: TableLayout): unknown[][] {
  const rows: unknown[][] = [table.columns.map((column) => column.header), ...table.rows];
  if (table.totals) rows.push(table.totals.map((cell) => (isFormula(cell) ? cell.result : cell)));
  return rows.map((row) => row.map((cell) => cell ?? ""));
}

export interface LayoutTable {
  name: TableName;
  sheet: string;
  values: unknown[][];
}

export function letterLayoutTables(): LayoutTable[] {
  return renderLayout(LETTER_PLAN)
    .sheets.filter((sheet) => sheet.table)
    .map((sheet) => ({ name: sheet.table!.name as TableName, sheet: sheet.name, values: values(sheet.table!) }));
}

export function letterTables(): Required<ModelTables> {
  return Object.fromEntries(letterLayoutTables().map((table) => [table.name, table.values])) as Required<ModelTables>;
}

/** Sets one cell of a table by its row key (first column) and header, as an officer's edit would. */
export function editCell(table: unknown[][], key: string | number, header: string, value: unknown): void {
  const column = table[0].indexOf(header);
  const row = table.find((cells, i) => i > 0 && String(cells[0]) === String(key));
  if (column < 0 || !row) throw new Error(`Geen cel ${key}/${header} in de tabel`);
  row[column] = value;
}
