/**
 * A sheet with Bijlage 2 of the letter and one planted fault (line a of 2024 typed as 0,35 instead of
 * 0,3, so the year no longer adds up to its printed total), as rows to seed into the fake workbook.
 */
import ExcelJS from "exceljs";
import { buildBijlage2, cellOf, ONE_SHEET } from "../fixtures/bijlage2";

export interface PlantedFault {
  sheet: string;
  topLeft: string;
  rows: unknown[][];
  /** The cell the validator must point at: the 2024 total. */
  cell: string;
}

export async function plantedFaultSheet(): Promise<PlantedFault> {
  const workbook = new ExcelJS.Workbook();
  const map = buildBijlage2(ONE_SHEET, workbook);
  cellOf(workbook, map.summaryLine("a", 2024)).value = 0.35;
  const sheet = workbook.getWorksheet(ONE_SHEET.summary.sheet)!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    rows[rowNumber - 1] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const value = cell.value;
      rows[rowNumber - 1][colNumber - 1] =
        value && typeof value === "object" && "formula" in value ? `=${value.formula}` : (value ?? "");
    });
  });
  const filled = Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? ""));
  return { sheet: sheet.name, topLeft: "A1", rows: filled, cell: map.summaryTotal(2024).cell };
}
