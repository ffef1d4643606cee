/**
 * The Besluitnotitie written through Office.js on the fake host. The figures are the letter's, worked
 * out by hand (docs/contracts/plans.md and Bijlage 2), as in test/xlsx/notitie.test.ts: `meest kansrijk` costs
 * € 1.175.000 in 2024 (incidental 625.000 + structural 550.000) and € 550.000 in 2025 and 2026; the
 * reserve (line h) is € 500.000, € 200.000, € 1.050.000; action 9 frees € 300.000 in 2025 and action 26
 * € 100.000 in 2026. So `meest kansrijk; schrap 9, 26` has room −675.000, −50.000 and 600.000.
 */
import {
  EURO_FORMAT,
  notitieSheet,
  NOTITIE_SHEET,
  PAGE_NUMBERS,
  PRINT_SOURCE,
  type SheetLayout,
} from "../../src/layout";
import { writeNotitie } from "../../src/excel/write-notitie";
import { PlanQueries } from "../../src/model/functions/queries";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import type { CellValue } from "../fake-excel/state";
import { createFakeExcel, type FakeExcel } from "../fake-excel";

const queries = new PlanQueries(LETTER_PLAN);

function layoutOf(text: string): SheetLayout {
  const plan = queries.resolvePlan(text);
  if (!plan.ok) throw new Error(plan.message);
  return notitieSheet(queries, {
    plan: plan.value,
    estimate: "laag",
    prices: [{ subject: "actie 9", text: "actie 9 houden: schrap 31" }],
    alternatives: ["1, 2, 3; schrap 9", "1, 2, 3; schrap 31"],
    requirements: "per thema 1",
  });
}

/** A workbook the officer works in: a sheet of their own, with text, a number and a formula. */
function officersWorkbook(): FakeExcel {
  const fake = createFakeExcel();
  fake.setCells("Blad1", "A1", [["Eigen aantekening", 42, "=B1*2"]]);
  fake.setCells("Begroting", "A1", [
    ["Regel", 2024],
    ["h", 500000],
  ]);
  fake.select("Blad1", "C1");
  return fake;
}

function othersOf(fake: FakeExcel) {
  return fake
    .sheetNames()
    .filter((sheet) => sheet !== NOTITIE_SHEET)
    .map((sheet) => ({ sheet, formulas: fake.formulas(sheet), formats: fake.numberFormats(sheet) }));
}

async function write(fake: FakeExcel, layout: SheetLayout, replace: boolean) {
  fake.resetSyncCount();
  const result = await fake.Excel.run((context) => writeNotitie(context, layout, replace));
  return { result, syncs: fake.syncCount() };
}

/**
 * The row whose first cell shows `label`, and its 1-based row number. A year written as "2024" into a
 * General cell is the number 2024 in Excel, as typed; the ExcelJS writer keeps it text. Both show 2024.
 */
function rowOf(values: CellValue[][], label: string): { row: CellValue[]; number: number } {
  const index = values.findIndex((row) => String(row[0]) === label);
  if (index < 0) throw new Error(`no row "${label}"`);
  return { row: values[index], number: index + 1 };
}

const PLAN = "meest kansrijk; schrap 9, 26";

describe("writeNotitie on a workbook without a Besluitnotitie", () => {
  let fake: FakeExcel;
  let before: ReturnType<typeof othersOf>;
  let outcome: Awaited<ReturnType<typeof write>>;
  beforeAll(async () => {
    fake = officersWorkbook();
    before = othersOf(fake);
    outcome = await write(fake, layoutOf(PLAN), false);
  });

  it("writes the sheet in two syncs and shows it", () => {
    expect(outcome).toEqual({ result: { ok: true, value: "written" }, syncs: 2 });
    expect(fake.sheetNames()).toEqual(["Blad1", "Begroting", NOTITIE_SHEET]);
    expect(fake.activeSheet()).toBe(NOTITIE_SHEET);
  });

  it("holds the plan's text and its room per plan year as numbers, the letter's figures", () => {
    const values = fake.values(NOTITIE_SHEET);
    expect(rowOf(values, "Plan").row[1]).toBe(
      "1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27; schrap 9, 26",
    );
    // Jaar | Reserve | Vrijgemaakt | Kosten | Ruimte
    expect(rowOf(values, "2024").row.slice(1, 5)).toEqual([500_000, 0, 1_175_000, -675_000]);
    expect(rowOf(values, "2025").row.slice(1, 5)).toEqual([200_000, 300_000, 550_000, -50_000]);
    expect(rowOf(values, "2026").row.slice(1, 5)).toEqual([1_050_000, 100_000, 550_000, 600_000]);
    expect(values.flat().filter((cell) => typeof cell === "string" && cell.startsWith("#"))).toEqual([]);
  });

  it("writes the formula text as text, the euros in the euro format, the title bold", () => {
    const values = fake.values(NOTITIE_SHEET);
    expect(rowOf(values, "Formule").row[1]).toBe(`=SAMEN.GAP("${rowOf(values, "Plan").row[1]}"; jaar)`);
    expect(
      fake
        .formulas(NOTITIE_SHEET)
        .flat()
        .filter((cell) => String(cell).startsWith("=")),
    ).toEqual([]);
    const year = rowOf(values, "2025").number;
    expect(fake.numberFormats(NOTITIE_SHEET, `B${year}:E${year}`)).toEqual([Array(4).fill(EURO_FORMAT)]);
    expect(fake.styles(NOTITIE_SHEET)).toContainEqual({ address: "A1", property: "font.bold", value: true });
  });

  it("prints on A4 portrait, one page wide, the title repeated, with the source and page numbers", () => {
    expect(fake.printSetup(NOTITIE_SHEET)).toEqual({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$1:$1",
      footers: { leftFooter: PRINT_SOURCE, centerFooter: "", rightFooter: PAGE_NUMBERS },
    });
    // The plan's text needs the width: column B is 30 characters of about 7 points.
    expect(fake.columnWidth(NOTITIE_SHEET, "B")).toBe(210);
  });

  it("leaves every other sheet as it was", () => {
    expect(othersOf(fake)).toEqual(before);
    expect(fake.printSetup("Blad1")).toMatchObject({ paperSize: "Letter", titleRows: null });
  });
});

describe("writeNotitie when the Besluitnotitie is there already", () => {
  let fake: FakeExcel;
  let planted: unknown[][];
  beforeEach(async () => {
    fake = officersWorkbook();
    await write(fake, layoutOf(PLAN), false);
    // The director signed the note.
    await fake.userEdit(NOTITIE_SHEET, "H2", [["Getekend, J. de Vries"]]);
    planted = fake.formulas(NOTITIE_SHEET);
  });

  it("writes nothing without consent, in one sync, and says so", async () => {
    const others = othersOf(fake);
    const outcome = await write(fake, layoutOf("meest kansrijk; schrap 26"), false);
    expect(outcome).toEqual({ result: { ok: true, value: "exists" }, syncs: 1 });
    expect(fake.formulas(NOTITIE_SHEET)).toEqual(planted);
    expect(fake.values(NOTITIE_SHEET, "H2")).toEqual([["Getekend, J. de Vries"]]);
    expect(fake.sheetNames()).toEqual(["Blad1", "Begroting", NOTITIE_SHEET]);
    expect(othersOf(fake)).toEqual(others);
  });

  it("with consent writes the note anew, in two syncs: the new plan's figures, the old edit gone", async () => {
    const others = othersOf(fake);
    const outcome = await write(fake, layoutOf("meest kansrijk; schrap 26"), true);
    expect(outcome).toEqual({ result: { ok: true, value: "written" }, syncs: 2 });
    expect(fake.sheetNames().filter((sheet) => sheet === NOTITIE_SHEET)).toHaveLength(1);
    const values = fake.values(NOTITIE_SHEET);
    expect(values.flat()).not.toContain("Getekend, J. de Vries");
    // Without action 9 cut, 2025 keeps the shortfall of meest kansrijk (docs/contracts/plans.md): 200.000 − 550.000.
    expect(rowOf(values, "2025").row.slice(1, 5)).toEqual([200_000, 0, 550_000, -350_000]);
    expect(rowOf(values, "2026").row[4]).toBe(600_000);
    expect(fake.printSetup(NOTITIE_SHEET)).toMatchObject({ paperSize: "A4", orientation: "Portrait" });
    expect(fake.activeSheet()).toBe(NOTITIE_SHEET);
    expect(othersOf(fake)).toEqual(others);
  });
});

it("replaces a note that is the workbook's only sheet (Excel keeps at least one)", async () => {
  const fake = createFakeExcel();
  fake.setCells(NOTITIE_SHEET, "A1", [["Oude notitie"]]);
  const outcome = await write(fake, layoutOf(PLAN), true);
  expect(outcome).toEqual({ result: { ok: true, value: "written" }, syncs: 2 });
  expect(fake.sheetNames()).toEqual([NOTITIE_SHEET]);
  expect(rowOf(fake.values(NOTITIE_SHEET), "2026").row[4]).toBe(600_000);
});
