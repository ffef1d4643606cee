/** A fake Excel workbook with the model tables as the loader writes them, edited as an officer would. */
import type { FakeExcel } from "../fake-excel";
import { letterLayoutTables } from "./letter-tables";

export const SHEET_OF = Object.fromEntries(letterLayoutTables().map((table) => [table.name, table.sheet]));

function rangeOf(values: unknown[][]): string {
  const width = Math.max(...values.map((row) => row.length));
  return `A1:${String.fromCharCode(64 + width)}${values.length}`;
}

/** The loader's work through Office.js, in one batch: a sheet and a table for each model table. */
export async function loadModel(fake: FakeExcel): Promise<void> {
  await fake.Excel.run(async (context) => {
    for (const table of letterLayoutTables()) {
      const sheet = context.workbook.worksheets.add(table.sheet);
      sheet.getRange(rangeOf(table.values)).values = table.values as (string | number)[][];
      sheet.tables.add(rangeOf(table.values), true).name = table.name;
    }
    await context.sync();
  });
  await settle(fake);
}

/** Row of a table's body by its key in the first column, as a sheet address of the given header's cell. */
export function cellOf(fake: FakeExcel, table: string, key: string | number, header: string): string {
  const values = fake.tableValues(table);
  const row = values.findIndex((cells, i) => i > 0 && String(cells[0]) === String(key));
  const col = values[0].indexOf(header);
  if (row < 0 || col < 0) throw new Error(`Geen cel ${key}/${header} in ${table}`);
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

/** An officer's edit of one cell of a model table, and whatever the runtime does after it. */
export async function editTable(fake: FakeExcel, table: string, key: string | number, header: string, value: unknown) {
  await fake.userEdit(SHEET_OF[table], cellOf(fake, table, key, header), [[value]]);
  await settle(fake);
}

/** Lets the host's handlers and the runtime's reads finish; no clock involved. */
export async function settle(fake: FakeExcel): Promise<void> {
  for (let round = 0; round < 10; round++) {
    await fake.settle();
    await new Promise((resolve) => setImmediate(resolve));
  }
}
