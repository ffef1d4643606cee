/**
 * The model tables as the loader writes them, taken from the validator's fixture of the add-in layout
 * (test/fixtures/addin-layout.ts) and turned into what Office.js gives for `table.getRange().values`:
 * header row first, a formula cell as its result. Each table sits alone on its sheet from A1.
 */
import type ExcelJS from "exceljs";
import { YEARS } from "../../src/model/years";
import type { ModelTableValues } from "../../src/runtime/model-tables";
import { buildAddinLayout } from "../fixtures/addin-layout";

const SHEETS = { Begroting: "Begroting", Acties: "Acties", Voorstellen: "Voorstellen", Scenarios: "Scenario's" };

export function sheetValues(worksheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= worksheet.columnCount; c++) {
      const value = worksheet.getCell(r, c).value;
      row.push(
        value !== null && typeof value === "object" && "formula" in value ? (value.result ?? "") : (value ?? ""),
      );
    }
    rows.push(row);
  }
  return rows;
}

export function letterTables(): Required<ModelTableValues> {
  const workbook = buildAddinLayout();
  const read = (sheet: string) => sheetValues(workbook.getWorksheet(sheet)!);
  const begroting = read(SHEETS.Begroting);
  // The file holds the totals row's formulas without results; Excel would show the sums.
  const body = begroting.slice(1, -1);
  const totals = begroting[begroting.length - 1];
  for (const year of YEARS) {
    const column = begroting[0].indexOf(String(year));
    totals[column] = body.reduce((sum, row) => sum + Number(row[column]), 0);
  }
  return {
    Begroting: begroting,
    Acties: read(SHEETS.Acties),
    Voorstellen: read(SHEETS.Voorstellen),
    Scenarios: read(SHEETS.Scenarios),
  };
}

/** Sets one cell of a table by its row key (first column) and header, as an officer's edit would. */
export function editCell(values: unknown[][], key: string | number, header: string, value: unknown): void {
  const column = values[0].indexOf(header);
  const row = values.find((cells, i) => i > 0 && String(cells[0]) === String(key));
  if (column < 0 || !row) throw new Error(`Geen cel ${key}/${header} in de tabel`);
  row[column] = value;
}
