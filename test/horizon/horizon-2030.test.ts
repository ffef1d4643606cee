/**
 * A horizon of our own carried to 2030 (horizon-2030.ts: its tables), every figure worked out by hand
 * from those tables and Bijlage 1, never taken from the code: the SAMEN functions, plans, FIT, the
 * Overzicht recalculated by LibreOffice, the ExcelJS writer and the Office.js writer (fake host), and the
 * validator on what both wrote.
 *
 * Bijlage 1's costs used below: 3 € 175.000 incidental; 13 € 100.000 incidental and € 50.000
 * structural; 16 € 200.000 incidental and € 450.000 structural; meest kansrijk (19 proposals, 3 without
 * an estimate) € 625.000 incidental and € 550.000 structural (docs/contracts/plans.md); alle (33, 7 without an
 * estimate): incidental 175 (3) + 125 (5) + 100 (9) + 150 (11) + 100 (13) + 200 (16) + 55 (18) + 100 (21)
 * + 9 (31) + 75 (32) = € 1.089.000, structural 200 (7) + 300 (10) + 50 (13) + 100 (14) + 100 (15) + 450
 * (16) + 15 (17) + 30 (19) = € 1.245.000 (in thousands).
 * Reserve (line h) per plan year 2025–2030: 200.000, 1.050.000, 1.900.000, 1.800.000, 1.900.000,
 * 2.100.000; 2023: 0 and 2024: 500.000 are realised years.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWorkbook } from "../../src/xlsx/write-workbook";
import { callModelFunction, type FunctionValue } from "../../src/model/functions/table";
import type { FitEngine } from "../../src/model/fit/engine";
import { loadFitEngine } from "../../src/model/fit/load-engine";
import { PlanQueries } from "../../src/model/functions/queries";
import { printPlan } from "../../src/model/plans/resolver";
import type { Result } from "../../src/model/result";
import { PlanSchema, type SavedPlan } from "../../src/model/schema";
import { readPlanFromTables, renderLayout } from "../../src/layout";
import { loadModel } from "../../src/excel/load-model";
import { readGridFromExcel } from "../../src/excel/read-grid";
import { ModelTableReader } from "../../src/runtime/model-tables";
import { planStateFrom } from "../../src/runtime/plan-from-tables";
import { validateGrid } from "../../src/validate";
import { readGridFromXlsx } from "../../src/xlsx/read-grid";
import { createFakeExcel } from "../fake-excel";
import { besidesLetterSlip } from "../fixtures/validate-workbook";
import { rowOf, type ShownSheets } from "../support/libreoffice";
import { errorCells, withWrongCache, writtenAndRecalculated } from "../support/recalculated-layout";
import { HORIZON_2030, PLAN_YEARS, YEARS } from "./horizon-2030";

const MINUTES = 150_000;
const queries = new PlanQueries(HORIZON_2030);
let fitEngine: FitEngine;
beforeAll(async () => {
  fitEngine = await loadFitEngine();
  // Compiling HiGHS's WebAssembly takes seconds on a busy machine.
}, 60_000);

const call = (name: string, ...args: unknown[]): Result<FunctionValue> =>
  callModelFunction(queries, name as "GAP", args, { fitEngine });
const value = (name: string, ...args: unknown[]): FunctionValue => {
  const result = call(name, ...args);
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.value;
};
const perPlanYear = (name: string, ...args: unknown[]) =>
  PLAN_YEARS.map((year) => value(name, args[0], year, ...args.slice(1)));

/** meest kansrijk from 2025: 2025 pays 625.000 + 550.000, each later year 550.000. */
const MEEST_KANSRIJK_GAP = [
  200_000 - 625_000 - 550_000, // −975.000
  1_050_000 - 550_000, // 500.000
  1_900_000 - 550_000, // 1.350.000
  1_800_000 - 550_000, // 1.250.000
  1_900_000 - 550_000, // 1.350.000
  2_100_000 - 550_000, // 1.550.000
];
/** alle from 2025: 2025 pays 1.089.000 + 1.245.000, each later year 1.245.000. */
const ALLE_GAP = [
  200_000 - 1_089_000 - 1_245_000, // −2.134.000
  1_050_000 - 1_245_000, // −195.000
  1_900_000 - 1_245_000, // 655.000
  1_800_000 - 1_245_000, // 555.000
  1_900_000 - 1_245_000, // 655.000
  2_100_000 - 1_245_000, // 855.000
];

/**
 * "3 vanaf 2027, 13 vanaf 2030; schrap 33": 3 pays 175.000 in 2027; 13 pays 100.000 + 50.000 in 2030;
 * cutting 33 frees 200.000, 300.000, 100.000 and 0 in 2027–2030.
 */
const MIXED = "3 vanaf 2027, 13 vanaf 2030; schrap 33";
const MIXED_GAP = [
  200_000,
  1_050_000,
  1_900_000 + 200_000 - 175_000, // 1.925.000
  1_800_000 + 300_000, // 2.100.000
  1_900_000 + 100_000, // 2.000.000
  2_100_000 - 150_000, // 1.950.000
];

/** A saved plan: 16 from 2027 (650.000 then 450.000 a year), paid for in part by cutting 33. */
const GEMEENTEN: SavedPlan = {
  name: "Gemeenten",
  parts: [
    { kind: "proposal", proposal: 16, startYear: 2027 },
    { kind: "cut", action: 33 },
  ],
};
const GEMEENTEN_GAP = [
  200_000,
  1_050_000,
  1_900_000 + 200_000 - 650_000, // 1.450.000
  1_800_000 + 300_000 - 450_000, // 1.650.000
  1_900_000 + 100_000 - 450_000, // 1.550.000
  2_100_000 - 450_000, // 1.650.000
];

const shownEuros = (n: number) => (n === 0 ? "-" : `€ ${n.toLocaleString("nl-NL")}`);

describe("the tables are a valid plan of eight years with six plan years", () => {
  it("passes the plan's schema and has the horizon the Kader rows give", () => {
    expect(PlanSchema.safeParse(HORIZON_2030).success).toBe(true);
    expect([queries.horizon.years, queries.horizon.planYears]).toEqual([YEARS, PLAN_YEARS]);
  });
});

describe("the SAMEN functions over 2023–2030", () => {
  it.each([
    // Kader: 2.000.000 up to 2026, 2.500.000 from 2027; TOTAL sums the lines a–i, which make the frame.
    ["BUDGET", [2023], 2_000_000],
    ["BUDGET", [2027], 2_500_000],
    ["TOTAL", [2030], 250_000 + 50_000 + 2_100_000 + 100_000],
    ["TOTAL", [2027, "i"], 200_000],
    ["TOTAL", [2028, "g"], 0],
    ["TOTAL", [2029, "d"], 50_000],
    // A realised year still answers: the letter's 2024 reserve.
    ["RESERVE", [2024], 500_000],
    ["RESERVE", [2030], 2_100_000],
    // Action line 6 = line i: 200 + 400 + 300 + 100 thousand over the horizon.
    ["ACTIELIJN", [6, 2028], 400_000],
    ["ACTIELIJN", [6], 1_000_000],
    // Action line 5 = line g: the letter's 100, 300, 100 thousand in 2024–2026 and 100 in 2027.
    ["ACTIELIJN", [5], 100_000 + 300_000 + 100_000 + 100_000],
    ["ACTION", [33], 200_000 + 300_000 + 100_000],
    ["ACTION", [34, 2029], 200_000],
    ["ACTION", [32], 100_000 + 100_000],
  ])("%s(%j) = %d", (name, args, expected) => {
    expect(value(name, ...args)).toBe(expected);
  });

  it("GAP of meest kansrijk and alle per plan year, over all plan years and cumulative", () => {
    expect(perPlanYear("GAP", "meest kansrijk")).toEqual(MEEST_KANSRIJK_GAP);
    expect(perPlanYear("GAP", "alle")).toEqual(ALLE_GAP);
    // Over 2025–2030: reserves 8.950.000 less 625.000 + 6 × 550.000 = 3.925.000.
    expect(value("GAP", "meest kansrijk")).toBe(5_025_000);
    // Cumulative from the first plan year 2025 to 2027: −975.000 + 500.000 + 1.350.000.
    expect(value("GAP", "meest kansrijk", 2027, "laag", true)).toBe(875_000);
  });

  it("COST falls in the plan years: incidental in the start year, structural from it on", () => {
    expect(value("COST", "meest kansrijk", 2025, "incidenteel")).toBe(625_000);
    expect(value("COST", "meest kansrijk", 2030, "structureel")).toBe(550_000);
    expect(value("COST", "meest kansrijk")).toBe(625_000 + 6 * 550_000);
    expect(value("COST", "16 vanaf 2029")).toBe(200_000 + 2 * 450_000);
  });

  it("a year before the plan years or after the horizon is #N/A naming the years", () => {
    expect(call("GAP", "meest kansrijk", 2024)).toEqual({
      ok: false,
      kind: "not-available",
      message: expect.stringContaining("kies 2025, 2026, 2027, 2028, 2029 of 2030"),
    });
    expect(call("TOTAL", 2031)).toMatchObject({
      ok: false,
      kind: "not-available",
      message: expect.stringContaining("2023 tot en met 2030"),
    });
    expect(call("GAP", "meest kansrijk", 2024, "laag", true)).toMatchObject({ ok: false });
  });
});

describe("plans over the plan years 2025–2030", () => {
  it("vanaf takes any plan year; GAP, COST and FREED follow each proposal's own start", () => {
    expect(perPlanYear("GAP", MIXED)).toEqual(MIXED_GAP);
    expect(value("COST", MIXED, 2030)).toBe(150_000);
    expect(value("COST", MIXED, 2028)).toBe(0);
    expect(perPlanYear("FREED", MIXED)).toEqual([0, 0, 200_000, 300_000, 100_000, 0]);
  });

  it("cuts free money in plan years only: action 1 (2024 only, realised) frees nothing, 9 its 2025", () => {
    expect(value("FREED", "schrap 1")).toBe(0);
    expect(value("FREED", "schrap 9")).toBe(300_000);
    expect(value("FREED", "schrap 34")).toBe(400_000);
  });

  it("writes vanaf only where a proposal does not start in 2025, the first plan year", () => {
    const resolved = queries.resolvePlan("33 vanaf 2030, 3 vanaf 2025, 13 vanaf 2027; schrap 34, 33");
    if (!resolved.ok) throw new Error(resolved.message);
    expect(printPlan(resolved.value)).toBe("3, 13 vanaf 2027, 33 vanaf 2030; schrap 33, 34");
    const later = queries.resolvePlan("vanaf 2026; 3, 13");
    if (!later.ok) throw new Error(later.message);
    expect(printPlan(later.value)).toBe("3 vanaf 2026, 13 vanaf 2026");
  });

  it("refuses a start in a realised year or after the horizon, naming the plan years", () => {
    for (const text of ["3 vanaf 2024", "3 vanaf 2031"]) {
      expect(queries.resolvePlan(text)).toMatchObject({
        ok: false,
        message: expect.stringContaining("kies 2025, 2026, 2027, 2028, 2029 of 2030"),
      });
    }
  });

  it("a saved plan in the Scenarios table answers from its own start years and cuts", () => {
    const saved = new PlanQueries(HORIZON_2030, [GEMEENTEN]);
    expect(PLAN_YEARS.map((year) => saved.gap("gemeenten", year))).toEqual(
      GEMEENTEN_GAP.map((gap) => ({ ok: true, value: gap })),
    );
  });
});

describe("FIT over six plan years", () => {
  const fit = (...args: unknown[]) => value("FIT", ...args) as string;
  const expectFits = (text: string) => {
    for (const year of PLAN_YEARS) expect([year, value("GAP", text, year)]).toEqual([year, expect.any(Number)]);
    expect(PLAN_YEARS.filter((year) => (value("GAP", text, year) as number) < 0)).toEqual([]);
  };

  it("uitstellen: 16 from 2025 is 450.000 short in 2025 and fits when it starts in 2026", () => {
    // 2025: 200.000 − 650.000 = −450.000. From 2026: 1.050.000 − 650.000 = 400.000 and 200.000 left in
    // 2025; later years 1.800.000 − 450.000 at the least. Delaying costs no euros, so it beats any cut.
    const text = fit("16", "uitstellen");
    expect(text).toBe("16 vanaf 2026");
    expectFits(text);
  });

  it("schrappen, among 9, 18 and 33: 9 and 18 free exactly the 500.000 of 2025 that 16 needs", () => {
    // 2025 needs 450.000: 9 (300.000) and 18 (200.000) have money in 2025 only; 33 none in 2025.
    // 9 alone is short; 9 and 18 free 500.000, the least that is enough.
    const text = fit("16", "schrappen", "9, 18, 33");
    expect(text).toBe("16; schrap 9, 18");
    expectFits(text);
    expect(value("FREED", text)).toBe(500_000);
  });

  it("uitstellen moves a start as late as 2030, the last plan year, and no later", () => {
    // alle from 2025 falls short in 2025 and 2026; whatever it answers, every plan year holds.
    const text = fit("alle", "uitstellen");
    expectFits(text);
    for (const year of text.matchAll(/vanaf (\d{4})/g)) expect(PLAN_YEARS).toContain(Number(year[1]));
  });

  it("afwegen answers a plan that fits in every plan year, 2030 included", () => {
    const text = fit("alle; schrap 33", "afwegen");
    expectFits(text);
  });
});

describe("the Overzicht written by ExcelJS and recalculated by LibreOffice, without the add-in", () => {
  let shown: ShownSheets;
  /** Its cached results as the writer computed them: the validator reads cached results, never recalculates. */
  let written: string;
  beforeAll(async () => {
    ({ shown } = await writtenAndRecalculated(withWrongCache(renderLayout(HORIZON_2030, [GEMEENTEN]))));
    written = join(await mkdtemp(join(tmpdir(), "samen-horizon-")), "plan.xlsx");
    await buildWorkbook(renderLayout(HORIZON_2030, [GEMEENTEN])).xlsx.writeFile(written);
  }, MINUTES);
  const overzicht = () => shown.get("Overzicht")!;
  const row = (label: string) => rowOf(overzicht(), label);

  it("shows no error anywhere, and a column for each of the eight years", () => {
    expect(errorCells(shown)).toEqual([]);
    expect(row("Begrotingsregel")).toEqual(["Begrotingsregel", ...YEARS.map(String)]);
  });

  it("recomputes lines, totals, frame and reserve from the tables", () => {
    expect(row("i. Actielijn 6. Samenwerking met gemeenten").slice(1)).toEqual(
      [0, 0, 0, 0, 200_000, 400_000, 300_000, 100_000].map(shownEuros),
    );
    const frames = [2_000_000, 2_000_000, 2_000_000, 2_000_000, 2_500_000, 2_500_000, 2_500_000, 2_500_000];
    expect(row("Totaal").slice(1)).toEqual(frames.map(shownEuros));
    expect(row("Kader").slice(1)).toEqual(frames.map(shownEuros));
    expect(row("Reserve (regel h)").slice(1)).toEqual(
      [0, 500_000, 200_000, 1_050_000, 1_900_000, 1_800_000, 1_900_000, 2_100_000].map(shownEuros),
    );
    expect(rowOf(shown.get("Begroting")!, "Totaal").slice(2, 10)).toEqual(frames.map(shownEuros));
  });

  it("recomputes the room of each plan for the plan years 2025–2030 only", () => {
    const room = (label: string) => row(label).slice(1);
    expect(room("Ruimte in de reserve: meest kansrijk (vanaf 2025)")).toEqual([
      "",
      "",
      ...MEEST_KANSRIJK_GAP.map(shownEuros),
    ]);
    expect(room("Ruimte in de reserve: alle (vanaf 2025)")).toEqual(["", "", ...ALLE_GAP.map(shownEuros)]);
    expect(room("Ruimte in de reserve: Gemeenten (bewaard plan)")).toEqual(["", "", ...GEMEENTEN_GAP.map(shownEuros)]);
  });

  it("the file as the ExcelJS writer wrote it is consistent to the validator, but for the letter's slip", async () => {
    const read = await readGridFromXlsx(written);
    if (!read.ok) throw new Error(read.message);
    expect(besidesLetterSlip(validateGrid(read.workbook))).toEqual([]);
  });
});

describe("the Office.js writer on the fake host", () => {
  const fake = createFakeExcel();
  beforeAll(async () => {
    fake.addSheet("Blad1");
    await fake.Excel.run((context) =>
      loadModel(context, { overwriteEdits: false, plan: HORIZON_2030, scenarios: [GEMEENTEN] }),
    );
  });

  it("loads the eight years in the letter's three syncs, Kader with a row per year", () => {
    expect(fake.syncCount()).toBe(3);
    expect(fake.tableValues("Begroting")[0]).toEqual(["Regel", "Omschrijving", ...YEARS.map(String), "Bron"]);
    expect(fake.tableValues("Kader").map((row) => row.slice(0, 3))).toEqual([
      ["Jaar", "Kader", "Fase"],
      [2023, 2_000_000, "realisatie"],
      [2024, 2_000_000, "realisatie"],
      [2025, 2_000_000, "begroting"],
      [2026, 2_000_000, "raming"],
      [2027, 2_500_000, "raming"],
      [2028, 2_500_000, "raming"],
      [2029, 2_500_000, "raming"],
      [2030, 2_500_000, "raming"],
    ]);
  });

  it("reads back as the same plan, and the runtime's functions answer the hand-worked figures", async () => {
    const tables = await fake.Excel.run((context) => new ModelTableReader().read(context));
    expect(readPlanFromTables(tables)).toEqual({ ok: true, value: { plan: HORIZON_2030, scenarios: [GEMEENTEN] } });
    const state = planStateFrom(tables);
    if (!state.ok) throw new Error(state.message);
    expect(PLAN_YEARS.map((year) => state.value.gap("meest kansrijk", year))).toEqual(
      MEEST_KANSRIJK_GAP.map((gap) => ({ ok: true, value: gap })),
    );
    expect(state.value.actionLine(6, 2029)).toEqual({ ok: true, value: 300_000 });
    expect(PLAN_YEARS.map((year) => state.value.gap("Gemeenten", year))).toEqual(
      GEMEENTEN_GAP.map((gap) => ({ ok: true, value: gap })),
    );
  });

  it("is consistent to the validator, its saved plan starting in 2027 too, but for the letter's slip", async () => {
    const findings = await fake.Excel.run(async (context) => validateGrid(await readGridFromExcel(context)));
    expect(besidesLetterSlip(findings)).toEqual([]);
  });
});

describe("a theme the workbook adds", () => {
  // Proposal 34 of a revised Bijlage 1, under a theme the letter does not have; it costs nothing.
  const withTheme = new PlanQueries({
    ...HORIZON_2030,
    proposals: [
      ...HORIZON_2030.proposals,
      { ...HORIZON_2030.proposals[0], number: 34, theme: "Gemeenten", priority: "Kansrijk", costText: "Geen." },
    ],
  });

  it("is a theme FIT's requirements can name, and one it keeps a proposal of", () => {
    const answer = callModelFunction(withTheme, "FIT", ["3, 34", "kiezen", "", "laag", "thema Gemeenten 1"], {
      fitEngine,
    });
    expect(answer).toEqual({ ok: true, value: "3, 34" });
  });
});
