/**
 * The written workbook recalculated by a real spreadsheet engine (LibreOffice headless, installed by
 * .ci/run): the cached totals are set wrong on purpose, so only a true recalculation of the totals
 * formulas over the table columns can give the model's totals.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { isFormula, renderLayout } from "../../src/layout";
import { LETTER_PLAN } from "../../src/model/plan";
import { YEARS } from "../../src/model/years";
import { buildWorkbook } from "../../src/xlsx/write-workbook";

const run = promisify(execFile);

/** A profile that makes LibreOffice recalculate every formula of an .xlsx on load, cached or not. */
const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** Every sheet to CSV (comma, UTF-8, values as shown unformatted). */
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

it("LibreOffice recomputes each year of Begroting to the model's total of 2.000.000", async () => {
  const dir = await mkdtemp(join(tmpdir(), "samen-recalc-"));
  const layout = renderLayout(LETTER_PLAN, []);
  const begroting = layout.sheets[0].table!;
  begroting.totals = begroting.totals!.map((cell) => (isFormula(cell) ? { ...cell, result: 0 } : cell));
  await buildWorkbook(layout).xlsx.writeFile(join(dir, "plan.xlsx"));
  await mkdir(join(dir, "profile", "user"), { recursive: true });
  await writeFile(join(dir, "profile", "user", "registrymodifications.xcu"), RECALCULATE_ALWAYS);

  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      CSV_ALL_SHEETS,
      "--outdir",
      join(dir, "out"),
      join(dir, "plan.xlsx"),
    ],
    { timeout: 120_000 },
  );

  const lines = (await readFile(join(dir, "out", "plan-Begroting.csv"), "utf8")).trim().split("\n");
  const totals = lines.find((line) => line.startsWith("Totaal,"))!.split(",");
  const modelTotals = YEARS.map((year) => LETTER_PLAN.budgetLines.reduce((sum, line) => sum + line.amounts[year], 0));
  expect(modelTotals).toEqual([2_000_000, 2_000_000, 2_000_000, 2_000_000]);
  expect(totals.slice(2, 6).map(Number)).toEqual(modelTotals);
}, 150_000);
