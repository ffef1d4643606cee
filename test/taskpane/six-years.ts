/**
 * The letter carried on to 2029 as an officer would enter it: each new year € 300.000 on line a
 * (programme costs, as every year of the letter), nothing yet on the action lines (the revised Actieplan
 * is still to come), the rest of the € 2.000.000 frame, € 1.700.000, on the reserve; no amounts on the
 * current actions.
 */
import { defaultKader } from "../../src/model/horizon/horizon";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import type { Plan } from "../../src/model/schema";

export const NEW_YEARS = [2027, 2028, 2029];
const NEW_YEAR_LINES: Readonly<Record<string, number>> = { a: 300_000, h: 1_700_000 };

const withNewYears = (amounts: Record<number, number>, make: () => number) => ({
  ...amounts,
  ...Object.fromEntries(NEW_YEARS.map((year) => [year, make()])),
});

export const SIX_PLAN_YEARS: Plan = {
  ...LETTER_PLAN,
  kader: defaultKader([...LETTER_PLAN.kader.map((row) => row.year), ...NEW_YEARS]),
  budgetLines: LETTER_PLAN.budgetLines.map((line) => ({
    ...line,
    amounts: withNewYears(line.amounts, () => NEW_YEAR_LINES[line.id] ?? 0),
  })),
  actions: LETTER_PLAN.actions.map((action) => ({ ...action, amounts: withNewYears(action.amounts, () => 0) })),
};
