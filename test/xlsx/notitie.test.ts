/**
 * The Besluitnotitie through LibreOffice: recalculated without an error value in any cell, printed on
 * A4 portrait (595 × 842 points), one page wide; its first page kept as a PNG in test-results/ to be
 * looked at. The figures are the letter's, worked out in docs/contracts/plans.md: `meest kansrijk; schrap 26` has
 * room € 600.000 in 2026, and `schrap 9, 31` frees € 600.000 in 2025; here 9 (€ 300.000 in 2025) and 26.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { notitieSheet, NOTITIE_SHEET } from "../../src/layout";
import { PlanQueries } from "../../src/model/functions/queries";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { buildWorkbook } from "../../src/xlsx/write-workbook";
import { convertWithLibreOffice, printedPages, recalculateAsShown, rowOf } from "../support/libreoffice";

const queries = new PlanQueries(LETTER_PLAN);
const PLAN = "meest kansrijk; schrap 9, 26";
let file: string;

beforeAll(async () => {
  const plan = queries.resolvePlan(PLAN);
  if (!plan.ok) throw new Error(plan.message);
  const sheet = notitieSheet(queries, {
    plan: plan.value,
    estimate: "laag",
    prices: [{ subject: "actie 9", text: "actie 9 houden: schrap 31" }],
    alternatives: ["1, 2, 3; schrap 9", "1, 2, 3; schrap 31"],
    requirements: "per thema 1",
  });
  file = join(await mkdtemp(join(tmpdir(), "samen-notitie-")), "notitie.xlsx");
  await buildWorkbook({ sheets: [sheet] }).xlsx.writeFile(file);
});

it("shows the plan and its room per plan year, as LibreOffice computes and shows them", async () => {
  const sheets = await recalculateAsShown(file);
  const shown = sheets.get(NOTITIE_SHEET) ?? [...sheets.values()][0];
  expect(rowOf(shown, "Plan")[1]).toBe(
    "1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27; schrap 9, 26",
  );
  // GAP of meest kansrijk: 2024 −675.000, 2025 −350.000, 2026 +500.000 (docs/contracts/plans.md); action 9 frees
  // € 300.000 in 2025 and action 26 € 100.000 in 2026 (Bijlage 2), so 2025 −50.000 and 2026 600.000.
  expect(rowOf(shown, "2024").slice(0, 5)).toEqual(["2024", "€ 500.000", "€ 0", "€ 1.175.000", "€ -675.000"]);
  expect(rowOf(shown, "2025")[4]).toBe("€ -50.000");
  expect(rowOf(shown, "2026")[4]).toBe("€ 600.000");
  expect(shown.flat().filter((cell) => /^#[A-Z/]+[!?]?$/.test(cell))).toEqual([]);
}, 150_000);

it("prints on A4 portrait, one page wide, and keeps its first page as a PNG", async () => {
  const pages = await printedPages(file);
  expect(pages.length).toBeGreaterThan(0);
  expect(pages.every((page) => page.width === 595 && page.height === 842)).toBe(true);
  const out = await convertWithLibreOffice(file, "pdf");
  const results = resolve(__dirname, "../../test-results");
  await mkdir(results, { recursive: true });
  await copyFile(join(out, "notitie.pdf"), join(results, "besluitnotitie.pdf"));
  await promisify(execFile)("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    join(out, "notitie.pdf"),
    join(results, "besluitnotitie"),
  ]);
}, 150_000);
