/**
 * Arguments arrive loose: numbers, text or booleans from Excel, strings from the command line, null
 * for an omitted optional. These coercions give every query the same rules and the same Dutch messages.
 */
import { invalid, notAvailable, ok, type Result } from "../result";
import { choosePlanYear, describeYears, isHorizonYear, isPlanYear, type Horizon } from "../horizon/horizon";

export type Arg = unknown;

export function isMissing(arg: Arg): boolean {
  return arg === null || arg === undefined || (typeof arg === "string" && arg.trim() === "");
}

/** How an argument reads in a Dutch message; JavaScript's own words (null, NaN) mean nothing to an officer. */
function describe(arg: Arg): string {
  if (arg === null || arg === undefined) return "leeg";
  if (typeof arg === "number" && Number.isNaN(arg)) return "geen getal";
  if (typeof arg === "number" && !Number.isFinite(arg)) return "oneindig";
  if (typeof arg === "string") return `"${arg}"`;
  if (Array.isArray(arg)) return "een bereik";
  if (typeof arg === "boolean") return arg ? "WAAR" : "ONWAAR";
  return String(arg);
}

/** A whole number, from a number or from text holding one ("2024", " 13 "). */
export function toInteger(arg: Arg, what: string): Result<number> {
  const value = typeof arg === "string" && /^\s*-?\d+\s*$/.test(arg) ? Number(arg) : arg;
  if (typeof value === "number" && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    // Past 2^53 the number is no longer exact (…993 reads as …992): named as given, never rounded.
    const given = typeof arg === "string" ? arg.trim() : "dit getal";
    return invalid(
      `${what} is te groot: ${given} ligt buiten de gehele getallen die exact te rekenen zijn (tot 2^53).`,
    );
  }
  if (typeof value !== "number" || !Number.isInteger(value)) {
    return invalid(`${what} moet een geheel getal zijn, niet ${describe(arg)}.`);
  }
  return ok(value);
}

/** A year of the workbook's horizon (TOTAL, BUDGET, RESERVE, ACTIELIJN, ACTION). */
export function toYear(arg: Arg, horizon: Horizon): Result<number> {
  const year = toInteger(arg, "Het jaar");
  if (!year.ok) return year;
  if (!isHorizonYear(horizon, year.value))
    return notAvailable(`Onbekend jaar ${year.value}: ${describeYears(horizon)}.`);
  return year;
}

export function toOptionalYear(arg: Arg, horizon: Horizon): Result<number | null> {
  return isMissing(arg) ? ok(null) : toYear(arg, horizon);
}

/** A plan year (GAP, COST, FREED): a year of the horizon whose phase is not `realisatie`, or a later one. */
export function toPlanYear(arg: Arg, horizon: Horizon): Result<number> {
  const year = toInteger(arg, "Het jaar");
  if (!year.ok) return year;
  if (!isPlanYear(horizon, year.value)) {
    const why = isHorizonYear(horizon, year.value) ? `${year.value} is geen planjaar` : `Onbekend jaar ${year.value}`;
    return notAvailable(`${why}: ${choosePlanYear(horizon.planYears)}.`);
  }
  return year;
}

export function toOptionalPlanYear(arg: Arg, horizon: Horizon): Result<number | null> {
  return isMissing(arg) ? ok(null) : toPlanYear(arg, horizon);
}

export function toText(arg: Arg, what: string): Result<string> {
  if (typeof arg === "string") return ok(arg.trim());
  if (typeof arg === "number" && Number.isFinite(arg)) return ok(String(arg));
  return invalid(`${what} moet tekst zijn, niet ${describe(arg)}.`);
}

/** One of a fixed set of Dutch words, case-insensitive; missing gives the default. */
export function toChoice<T extends string>(arg: Arg, what: string, choices: readonly T[], fallback: T): Result<T> {
  if (isMissing(arg)) return ok(fallback);
  const text = toText(arg, what);
  if (!text.ok) return text;
  const lower = text.value.toLowerCase();
  const choice = choices.find((candidate) => candidate === lower);
  if (choice === undefined)
    return invalid(`${what} moet ${choices.map((c) => `"${c}"`).join(" of ")} zijn, niet ${describe(arg)}.`);
  return ok(choice);
}

const TRUE_WORDS = ["waar", "true"];
const FALSE_WORDS = ["onwaar", "false"];

const TRUE = ok(true);
const FALSE = ok(false);

/** A yes/no flag: Excel's booleans, or WAAR/ONWAAR and true/false typed as text; missing gives the default. */
export function toBoolean(arg: Arg, what: string, fallback: boolean): Result<boolean> {
  // Shared results: GAP reads this flag on every call, and a fresh object per call shows in its bench.
  if (isMissing(arg)) return fallback ? TRUE : FALSE;
  if (typeof arg === "boolean") return arg ? TRUE : FALSE;
  const word = typeof arg === "string" ? arg.trim().toLowerCase() : null;
  if (word !== null && TRUE_WORDS.includes(word)) return TRUE;
  if (word !== null && FALSE_WORDS.includes(word)) return FALSE;
  return invalid(`${what} moet WAAR of ONWAAR zijn, niet ${describe(arg)}.`);
}
