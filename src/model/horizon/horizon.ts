/**
 * The horizon (docs/contracts/horizon.md): the workbook's years with the frame (Kader) and phase of each,
 * read from the `Kader` table. Plan years are the years whose phase is not `realisatie`, from the first
 * such year to the end: proposals start in them, cuts free money in them, GAP and FIT judge them.
 */
import { z } from "zod";
import { invalid, ok, type Result } from "../result";

export const PHASES = ["realisatie", "begroting", "raming"] as const;
export type Phase = (typeof PHASES)[number];

export const MIN_YEARS = 2;
export const MAX_YEARS = 15;

export const KaderRowSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  /** The frame of the year in whole euros. */
  frame: z.number().int().safe().min(0),
  phase: z.enum(PHASES),
  source: z.string(),
});
/** One row of the `Kader` table: `Jaar | Kader | Fase | Bron`. */
export type KaderRow = z.infer<typeof KaderRowSchema>;

export interface Horizon {
  /** Every year, consecutive, ascending. */
  readonly years: readonly number[];
  readonly rows: readonly KaderRow[];
  /** From the first year whose phase is not `realisatie` to the last year. */
  readonly planYears: readonly number[];
  readonly firstPlanYear: number;
  readonly lastPlanYear: number;
}

/** Why these Kader rows make no horizon, in Dutch; null when they do. */
export function horizonProblem(rows: readonly KaderRow[]): string | null {
  if (rows.length < MIN_YEARS || rows.length > MAX_YEARS) {
    return `De horizon heeft ${rows.length} ${rows.length === 1 ? "jaar" : "jaren"}; het moeten er ${MIN_YEARS} tot en met ${MAX_YEARS} zijn.`;
  }
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].year !== rows[i - 1].year + 1) {
      return `De jaren van de horizon moeten op elkaar volgen: na ${rows[i - 1].year} komt ${rows[i - 1].year + 1}, niet ${rows[i].year}.`;
    }
  }
  if (rows.every((row) => row.phase === "realisatie")) {
    return "Elk jaar van de horizon is gerealiseerd (Fase realisatie): er is geen planjaar.";
  }
  return null;
}

const made = new WeakMap<readonly KaderRow[], Horizon>();

/** The horizon of Kader rows already checked (a Plan's): computed once per list of rows. */
export function horizonOf(rows: readonly KaderRow[]): Horizon {
  const known = made.get(rows);
  if (known) return known;
  const years = rows.map((row) => row.year);
  const first = rows.findIndex((row) => row.phase !== "realisatie");
  const planYears = years.slice(first);
  const horizon: Horizon = {
    years,
    rows,
    planYears,
    firstPlanYear: planYears[0],
    lastPlanYear: planYears[planYears.length - 1],
  };
  made.set(rows, horizon);
  return horizon;
}

export function makeHorizon(rows: readonly KaderRow[]): Result<Horizon> {
  const problem = horizonProblem(rows);
  return problem === null ? ok(horizonOf(rows)) : invalid(problem);
}

export function frameIn(horizon: Horizon, year: number): number {
  return horizon.rows[year - horizon.years[0]].frame;
}

export function isHorizonYear(horizon: Horizon, year: number): boolean {
  return Number.isInteger(year) && year >= horizon.years[0] && year <= horizon.years[horizon.years.length - 1];
}

export function isPlanYear(horizon: Horizon, year: number): boolean {
  return Number.isInteger(year) && year >= horizon.firstPlanYear && year <= horizon.lastPlanYear;
}

/** "het actieplan loopt van 2023 tot en met 2026", for messages about a year of the horizon. */
export function describeYears(horizon: Horizon): string {
  return `het actieplan loopt van ${horizon.years[0]} tot en met ${horizon.years[horizon.years.length - 1]}`;
}

/** "kies 2024, 2025 of 2026", for messages about a plan year. */
export function choosePlanYear(years: readonly number[]): string {
  return `kies ${yearChoices(years)}`;
}

/** "2024, 2025 of 2026". */
export function yearChoices(years: readonly number[]): string {
  return years.length === 1 ? String(years[0]) : `${years.slice(0, -1).join(", ")} of ${years[years.length - 1]}`;
}

/** The frame the letter gives: "2 miljoen euro structureel" (section 2). */
export const LETTER_FRAME = 2_000_000;
export const LETTER_FRAME_SOURCE = "Brief 2 februari 2024, § 2 (2 miljoen euro structureel)";
/** The letter's budget year: 2023 is realised, 2024 the current budget, later years estimates. */
const LETTER_BUDGET_YEAR = 2024;

/**
 * The Kader of a workbook written before the table existed (docs/contracts/horizon.md): the letter's
 * frame for every year, phases by the letter's budget year.
 */
export function defaultKader(years: readonly number[], frame = LETTER_FRAME, source = LETTER_FRAME_SOURCE): KaderRow[] {
  return years.map((year) => ({
    year,
    frame,
    phase: year < LETTER_BUDGET_YEAR ? "realisatie" : year === LETTER_BUDGET_YEAR ? "begroting" : "raming",
    source,
  }));
}

const FRAME_IN_TITLE = /\(\s*€\s*(\d+(?:,\d+)?)\s*(?:mln|miljoen)\.?\s*\)/i;

/** The frame a Bijlage 2 title names: "Programma Samen tegen mensenhandel (€ 2 mln.)" is € 2.000.000; null if none. */
export function frameInTitle(title: string): number | null {
  const found = FRAME_IN_TITLE.exec(title);
  if (!found) return null;
  const [whole, fraction = ""] = found[1].split(",");
  if (fraction.length > 6) return null;
  return Number(whole) * 1_000_000 + Number(fraction.padEnd(6, "0"));
}
