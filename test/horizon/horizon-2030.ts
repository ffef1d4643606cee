/**
 * A horizon of our own, as an officer would carry the letter on to 2030 (issue 18): years 2023–2030;
 * 2023 and 2024 realised, 2025 the budget year, 2026–2030 estimates, so the plan years are 2025–2030; the
 * frame 2.000.000 up to 2026 and 2.500.000 from 2027; a new line `i. Actielijn 6` with new actions 33
 * and 34. The letter's amounts stay as printed for 2023–2026; the new years hold (whole euros):
 *
 *              2027       2028       2029       2030
 *   Kader   2.500.000  2.500.000  2.500.000  2.500.000
 *   a         250.000    250.000    250.000    250.000
 *   d          50.000     50.000     50.000     50.000   (action 13 of action line 2)
 *   g         100.000          0          0          0   (action 32 of action line 5)
 *   i         200.000    400.000    300.000    100.000   (= 33 + 34)
 *   h       1.900.000  1.800.000  1.900.000  2.100.000   (= Kader − a − d − g − i)
 *   33        200.000    300.000    100.000          0
 *   34              0    100.000    200.000    100.000
 *
 * Action 13 goes on: Bijlage 1 (proposal 12) names its € 50.000 structural, and the validator warns when
 * a later year leaves it out. Every other line and action holds 0 in 2027–2030; 33 and 34 hold 0 in 2023–2026.
 */
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import type { KaderRow } from "../../src/model/horizon/horizon";
import type { Action, BudgetLine, Plan } from "../../src/model/schema";

export const YEARS = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
export const PLAN_YEARS = [2025, 2026, 2027, 2028, 2029, 2030];
const NEW_YEARS = [2027, 2028, 2029, 2030];
const SOURCE = "Werkmap van de directie, meerjarenraming 2025 (voorbeeld)";

export const KADER: KaderRow[] = YEARS.map((year) => ({
  year,
  frame: year < 2027 ? 2_000_000 : 2_500_000,
  phase: year < 2025 ? "realisatie" : year === 2025 ? "begroting" : "raming",
  source: SOURCE,
}));

/** The new years' amounts of a line or action, in the order of NEW_YEARS; absent: 0 in each. */
const NEW_LINE_AMOUNTS: Readonly<Record<string, number[]>> = {
  a: [250_000, 250_000, 250_000, 250_000],
  d: [50_000, 50_000, 50_000, 50_000],
  g: [100_000, 0, 0, 0],
  h: [1_900_000, 1_800_000, 1_900_000, 2_100_000],
};
const NEW_ACTION_AMOUNTS: Readonly<Record<number, number[]>> = {
  13: [50_000, 50_000, 50_000, 50_000],
  32: [100_000, 0, 0, 0],
};

const carried = (amounts: Record<number, number>, added: number[] = [0, 0, 0, 0]) => ({
  ...amounts,
  ...Object.fromEntries(NEW_YEARS.map((year, i) => [year, added[i]])),
});
const onlyNew = (added: number[]) => ({ 2023: 0, 2024: 0, 2025: 0, 2026: 0, ...carried({}, added) });

export const ACTION_LINE_6 = "Actielijn 6. Samenwerking met gemeenten";
const DETAIL_6 = `${ACTION_LINE_6} (€ x10.000)`;

const LINE_I: BudgetLine = {
  id: "i",
  description: ACTION_LINE_6,
  actionLine: 6,
  amounts: onlyNew([200_000, 400_000, 300_000, 100_000]),
  source: { ...LETTER_PLAN.budgetLines[0].source, row: "i." },
};

const newAction = (number: number, description: string, added: number[]): Action => ({
  numbers: [number],
  actionLine: 6,
  description,
  amounts: onlyNew(added),
  source: { bijlage: 2, table: DETAIL_6, row: `${number}.` },
});

export const HORIZON_2030: Plan = {
  ...LETTER_PLAN,
  kader: KADER,
  budgetLines: [
    ...LETTER_PLAN.budgetLines.map((line) => ({ ...line, amounts: carried(line.amounts, NEW_LINE_AMOUNTS[line.id]) })),
    LINE_I,
  ],
  actions: [
    ...LETTER_PLAN.actions.map((action) => ({
      ...action,
      amounts: carried(action.amounts, NEW_ACTION_AMOUNTS[action.numbers[0]]),
    })),
    newAction(33, "Regionale aanpak met gemeenten opzetten.", [200_000, 300_000, 100_000, 0]),
    newAction(34, "Ondersteuning van gemeentelijke meldpunten.", [0, 100_000, 200_000, 100_000]),
  ],
};
