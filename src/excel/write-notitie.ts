/**
 * The Besluitnotitie written from the pane through Office.js: the layout `notitieSheet` describes, on a
 * sheet of its own, in two syncs (one to see whether the sheet is there, one to write). An existing
 * note may carry the officer's edits or a signature, so it is replaced only with consent (`replace`);
 * no other sheet is ever written.
 */
import { ok, type Result } from "../model/result";
import type { SheetLayout } from "../layout";
import { queueFreeCells, queuePrint } from "./write-layout";

export async function writeNotitie(
  context: Excel.RequestContext,
  sheet: SheetLayout,
  replace: boolean,
): Promise<Result<"written" | "exists">> {
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(sheet.name);
  await context.sync();
  if (!existing.isNullObject && !replace) return ok("exists");

  // Added under Excel's own free name before the old note goes, so a workbook that holds nothing but
  // the note still keeps a sheet at every step (Excel refuses to delete its last sheet).
  const added = sheets.add();
  if (!existing.isNullObject) existing.delete();
  added.name = sheet.name;
  queueFreeCells(added, sheet);
  queuePrint(added, sheet.print);
  added.activate();
  await context.sync();
  return ok("written");
}
