/**
 * horizon.*: the current limits with a horizon of 15 years, the most docs/contracts/horizon.md allows
 * (the letter carried on to 2037 as an officer would: € 300.000 programme costs and € 1.700.000 on the
 * reserve in each new year, 14 plan years). GAP is timed as functions.gap_ratio times it, with calls
 * spread over the plan years (sums without a year and cumulative ones run over all 14); the load and
 * the validator's read are counted by the fake host; FIT is timed on meest kansrijk with every action.
 */
import { defaultKader, MAX_YEARS } from "../src/model/horizon/horizon";
import type { Plan } from "../src/model/schema";
import { loadModel } from "../src/excel/load-model";
import { readGridFromExcel } from "../src/excel/read-grid";
import { loadFitEngine } from "../src/model/fit/load-engine";
import { PlanQueries } from "../src/model/functions/queries";
import { validateGrid } from "../src/validate";
import { createFakeExcel } from "../test/fake-excel";
import { loadBundledModel } from "./bundle-model";
import { benchGap } from "./functions";
import { median, round, timeMs } from "./stats";

const FIT_RUNS = 5;

export interface HorizonBench {
  years: number;
  plan_years: number;
  /** As functions.gap_ratio, on the 15-year workbook: the same limit. */
  gap_ratio: number;
  gap_ns: number;
  /** GAP's time per call on 15 years over its time on the letter's 4, the same calls by plan year. */
  gap_15_over_4: number;
  syncs_load: number;
  syncs_validate: number;
  /** Errors the validator finds in the 15-year workbook the loader wrote. */
  loaded_workbook_errors: number;
  /** Median milliseconds of FIT schrappen on meest kansrijk, every action row allowed. */
  fit_schrappen_ms: number;
}

/** The letter with new years after its own up to `length` years: lines a and h filled, the rest 0. */
function carriedOn(letter: Plan, length: number): Plan {
  const first = letter.kader[0].year;
  const years = Array.from({ length }, (_, i) => first + i);
  const added = years.filter((year) => !letter.kader.some((row) => row.year === year));
  const filled: Readonly<Record<string, number>> = { a: 300_000, h: 1_700_000 };
  const carry = (amounts: Record<number, number>, make: () => number) => ({
    ...amounts,
    ...Object.fromEntries(added.map((year) => [year, make()])),
  });
  return {
    ...letter,
    kader: defaultKader(years),
    budgetLines: letter.budgetLines.map((line) => ({
      ...line,
      amounts: carry(line.amounts, () => filled[line.id] ?? 0),
    })),
    actions: letter.actions.map((action) => ({ ...action, amounts: carry(action.amounts, () => 0) })),
  };
}

/** The plan years' i-th call for a horizon: the same texts as functions.gap_ratio, years spread over the plan years. */
function gapCalls(planYears: readonly number[]): ReadonlyArray<readonly unknown[]> {
  const at = (fraction: number) => planYears[Math.round(fraction * (planYears.length - 1))];
  return [
    ["meest kansrijk", at(0)],
    ["Meest kansrijk", at(0.5), "hoog"],
    ["kansrijk", null],
    ["alle", at(1), "laag"],
    ["3,13", at(0.25)],
    [`3 vanaf ${at(0.5)}, 13; schrap 26`, at(0.75), "laag", true],
  ];
}

export async function benchHorizon(): Promise<HorizonBench> {
  const model = await loadBundledModel();
  const long = new model.PlanQueries(carriedOn(model.LETTER_PLAN, MAX_YEARS));
  const letter = new model.PlanQueries(model.LETTER_PLAN);
  const gap15 = benchGap(model, long, gapCalls(long.horizon.planYears));
  const gap4 = benchGap(model, letter, gapCalls(letter.horizon.planYears));

  const plan = carriedOn(model.LETTER_PLAN, MAX_YEARS);
  const fake = createFakeExcel();
  // Office.js code reads enums from the globals Excel and Office, as in the add-in.
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
  fake.resetSyncCount();
  await fake.Excel.run((context) => loadModel(context, { overwriteEdits: false, plan }));
  const syncsLoad = fake.syncCount();
  fake.resetSyncCount();
  const grid = await fake.Excel.run((context) => readGridFromExcel(context));
  const syncsValidate = fake.syncCount();
  const errors = validateGrid(grid).filter((finding) => finding.severity === "error").length;

  const engine = await loadFitEngine();
  const every = plan.actions.map((row) => row.numbers[0]).join(", ");
  // Fresh queries each run, so no plan text is costed from a cache; the first run warms up.
  const fitTimes = Array.from({ length: FIT_RUNS + 1 }, () => {
    const queries = new PlanQueries(plan);
    return timeMs(() => {
      const answer = engine.fit(queries, ["meest kansrijk", "schrappen", every]);
      if (!answer.ok) throw new Error(answer.message);
    });
  }).slice(1);

  return {
    years: long.horizon.years.length,
    plan_years: long.horizon.planYears.length,
    gap_ratio: gap15.gap_ratio,
    gap_ns: gap15.gap_ns,
    gap_15_over_4: round(gap15.gap_ns / gap4.gap_ns, 2),
    syncs_load: syncsLoad,
    syncs_validate: syncsValidate,
    loaded_workbook_errors: errors,
    fit_schrappen_ms: round(median(fitTimes), 1),
  };
}
