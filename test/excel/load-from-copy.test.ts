/**
 * Model laden "Uit deze werkmap" on the fake Excel host: the open workbook holds the ministry's copy of
 * Bijlage 2 carried on to 2028 (test/fixtures/bijlage2-carried.ts); the plan src/load makes of it goes
 * through the loader of Model laden with its consent rules, in a bounded number of syncs.
 */
import { copyInWorkbook, planOfSource } from "../../src/excel/copy-source";
import { loadModel } from "../../src/excel/load-model";
import { offerOf } from "../../src/load/load-source";
import { dutchDecimalToEuros, EUROS_PER_MILLION, EUROS_PER_TEN_THOUSAND } from "../../src/model/money/units";
import { a1 } from "../../src/validate/grid";
import { createFakeExcel, type FakeExcel } from "../fake-excel";
import {
  CARRIED_SUMMARY,
  CARRIED_YEARS,
  carriedCopy,
  COPY_SHEET,
  copyRows,
  NEW_ACTIONS,
  type CarriedCopy,
} from "../fixtures/bijlage2-carried";

/** A workbook holding only the copy, typed into its sheet. */
function workbookWith(copy: CarriedCopy): FakeExcel {
  const fake = createFakeExcel();
  fake.addSheet(COPY_SHEET);
  fake.setCells(COPY_SHEET, "A1", copyRows(copy));
  return fake;
}

const fromWorkbook = (fake: FakeExcel, overwriteEdits = false) =>
  fake.Excel.run(async (context) => {
    const plan = await planOfSource(context, "werkmap");
    if (!plan.ok) throw new Error(plan.message);
    return loadModel(context, { overwriteEdits, plan: plan.value });
  });

/** The test's own reading of the copy's printed cells: summary in € mln, detail in € x10.000, "-" is nothing. */
const lineEuros = (id: string) =>
  CARRIED_SUMMARY.find((line) => line.id === id)!.cells.map((cell) =>
    dutchDecimalToEuros(cell === "-" || cell === "" ? "0" : cell, EUROS_PER_MILLION)!,
  );
const actionEuros = (label: string) =>
  NEW_ACTIONS.find((row) => row.label === label)!.cells.map((cell) =>
    dutchDecimalToEuros(cell || "0", EUROS_PER_TEN_THOUSAND)!,
  );

describe("Model laden from the workbook's copy of Bijlage 2 (fake Excel host)", () => {
  let fake: FakeExcel;
  let copySheet: unknown[][];
  let syncs: number[];
  beforeAll(async () => {
    fake = workbookWith(carriedCopy("formulas"));
    copySheet = fake.formulas(COPY_SHEET);
    fake.resetSyncCount();
    await fromWorkbook(fake);
    syncs = [fake.syncCount(), fake.suspendedSyncCount()];
  });

  it("offers the copy, described by its years, lines and actions", async () => {
    const offer = await fake.Excel.run(async (context) => offerOf(await copyInWorkbook(context)));
    expect(offer).toEqual({
      kind: "model",
      description: "2023–2028, 9 regels, 34 acties; de voorstellen uit de brief",
    });
  });

  it("reads the copy in two syncs and loads in three, the writes with calculation suspended", () => {
    expect(syncs).toEqual([5, 1]);
  });

  it("writes the copy's years, line i and actions 33 and 34 in euros, and Kader for every year", () => {
    const begroting = fake.tableValues("Begroting");
    expect(begroting[0]).toEqual(["Regel", "Omschrijving", ...CARRIED_YEARS.map(String), "Bron"]);
    const rowOf = (key: string) => begroting.find((row) => row[0] === key)!;
    expect(rowOf("i").slice(1, 2 + CARRIED_YEARS.length)).toEqual([
      "Actielijn 6. Samenwerking met Caribisch Nederland",
      ...lineEuros("i"),
    ]);
    expect(rowOf("h").slice(2, 2 + CARRIED_YEARS.length)).toEqual(lineEuros("h"));
    const acties = fake.tableValues("Acties");
    const years = acties[0].indexOf("2023");
    for (const label of ["33", "34"]) {
      const row = acties.find((cells) => String(cells[0]) === label)!;
      expect(row.slice(years, years + CARRIED_YEARS.length)).toEqual(actionEuros(label));
    }
    expect(
      fake
        .tableValues("Kader")
        .slice(1)
        .map((row) => [row[0], row[1], row[2]]),
    ).toEqual(
      CARRIED_YEARS.map((year) => [
        year,
        2_000_000,
        year === 2023 ? "realisatie" : year === 2024 ? "begroting" : "raming",
      ]),
    );
  });

  it("leaves the copy itself as it was", () => {
    expect(fake.formulas(COPY_SHEET)).toEqual(copySheet);
  });

  it("a second load keeps the officer's edit without consent, and writes nothing", async () => {
    const begroting = fake.tableValues("Begroting");
    const i = begroting.findIndex((row) => row[0] === "i");
    const edited = "Actielijn 6. Caribisch Nederland (BES)";
    await fake.userEdit("Begroting", a1(i + 1, 2), [[edited]]);
    fake.resetSyncCount();
    const summary = await fromWorkbook(fake);
    expect(summary.created).toEqual([]);
    expect(summary.updated).toEqual([]);
    expect(summary.leftAlone.join("\n")).toContain("Begroting: niet aangepast");
    expect(fake.tableValues("Begroting")[i][1]).toBe(edited);
    expect(fake.syncCount()).toBe(4);
  });

  it("refuses a copy with a planted fault, naming the rule and the cell, and writes nothing", async () => {
    const copy = carriedCopy("numbers");
    const cell = copy.at("34", 2027);
    const faulty = workbookWith({
      ...copy,
      cells: copy.cells.map((at) => (a1(at.row, at.col) === cell ? { ...at, value: "2O" } : at)),
    });
    const before = faulty.sheetNames();
    const plan = await faulty.Excel.run((context) => planOfSource(context, "werkmap"));
    expect(plan.ok).toBe(false);
    expect(plan.ok ? "" : plan.message).toContain(`${COPY_SHEET}!${cell}:`);
    expect(plan.ok ? "" : plan.message).toContain("(not-a-number)");
    expect(faulty.sheetNames()).toEqual(before);
  });
});
