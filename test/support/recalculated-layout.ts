/**
 * A layout written by the ExcelJS writer and recalculated by LibreOffice, shown as a Dutch officer sees
 * it; with `withWrongCache` first, every figure shown was computed by LibreOffice from the tables.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isFormula, type FreeCell, type WorkbookLayout } from "../../src/layout";
import { buildWorkbook } from "../../src/xlsx/write-workbook";
import { recalculateAsShown, type ShownSheets } from "./libreoffice";

/** Every formula's cached result replaced by 0: what LibreOffice shows then, it computed. */
export function withWrongCache(layout: WorkbookLayout): WorkbookLayout {
  const wrong = (cell: FreeCell): FreeCell =>
    isFormula(cell.value) ? { ...cell, value: { ...cell.value, result: 0 } } : cell;
  for (const sheet of layout.sheets) {
    sheet.cells = sheet.cells.map(wrong);
    if (sheet.table?.totals)
      sheet.table.totals = sheet.table.totals.map((cell) => (isFormula(cell) ? { ...cell, result: 0 } : cell));
  }
  return layout;
}

/** The layout written to a file; the file's path with what LibreOffice shows after recalculating it. */
export async function writtenAndRecalculated(layout: WorkbookLayout): Promise<{ file: string; shown: ShownSheets }> {
  const file = join(await mkdtemp(join(tmpdir(), "samen-recalc-")), "plan.xlsx");
  await buildWorkbook(layout).xlsx.writeFile(file);
  return { file, shown: await recalculateAsShown(file) };
}

/** Cells that show an error: `#NAME?`, `#N/A`, LibreOffice's `Err:502`, each named with its sheet. */
export function errorCells(shown: ShownSheets): string[] {
  return [...shown].flatMap(([sheet, rows]) =>
    rows.flatMap((cells) =>
      cells.filter((cell) => /^(#[A-Z/0!?]+|Err:\d+)/.test(cell)).map((cell) => `${sheet}: ${cell}`),
    ),
  );
}
