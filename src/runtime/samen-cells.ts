/**
 * Asks Excel to calculate every SAMEN cell when the runtime starts. Two of Excel's behaviours leave such
 * cells without a stream of this runtime: a file last saved where the add-in was not loaded keeps
 * `#NAME?` in them after it loads (office-js#6355), and a reloaded runtime is not asked again for the
 * streams of the one before, so their cells keep a value nothing updates (office-js#1107).
 * `Range.calculate()` (ExcelApi 1.6) makes Excel invoke their functions here. Read-only apart from that:
 * no formula is written again. Details and limits in docs/fake-host.md.
 */
import { callsSamen } from "../share/samen-formula";

/** Calculates the SAMEN cells of every sheet; resolves to how many. Three syncs, however many sheets. */
export async function calculateSamenCells(context: Excel.RequestContext): Promise<number> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const used = worksheets.items.map((worksheet) => worksheet.getUsedRangeOrNullObject(true).load("formulas"));
  await context.sync();
  let count = 0;
  for (const range of used) {
    if (range.isNullObject) continue;
    range.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (typeof formula !== "string" || !formula.startsWith("=") || !callsSamen(formula)) return;
        range.getCell(r, c).calculate();
        count++;
      }),
    );
  }
  if (count > 0) await context.sync();
  return count;
}
