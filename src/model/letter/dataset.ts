import { ACTION_LINE_TITLES, DETAIL_ROWS, PROPOSALS, SUMMARY_ROWS, SUMMARY_TABLE, type PrintedYears } from "./printed";
import { formsNamedIn } from "../forms/forms";
import { PlanSchema, type Plan } from "../schema";
import { dutchDecimalToEuros, EUROS_PER_MILLION, EUROS_PER_TEN_THOUSAND } from "../money/units";
import { yearAmounts, type YearAmounts } from "../horizon/years";
import { defaultKader, LETTER_FRAME, LETTER_FRAME_SOURCE } from "../horizon/horizon";

/** The letter's years, in the order of its printed cells. */
export const LETTER_YEARS: readonly number[] = [2023, 2024, 2025, 2026];

/** A printed cell to euros: "-" and blank are no money; anything else must be a Dutch number. */
export function printedToEuros(cell: string, unitEuros: number): number {
  const text = cell.trim();
  if (text === "" || text === "-") return 0;
  const euros = dutchDecimalToEuros(text, unitEuros);
  if (euros === null) throw new Error(`Onleesbaar bedrag in de brief: "${cell}"`);
  return euros;
}

function printedYears(cells: PrintedYears, unitEuros: number): YearAmounts {
  return yearAmounts(LETTER_YEARS, (year) => printedToEuros(cells[LETTER_YEARS.indexOf(year)], unitEuros));
}

export function detailTableName(actionLine: number): string {
  return `Actielijn ${actionLine}. ${ACTION_LINE_TITLES[actionLine]} (€ x10.000)`;
}

/** Parses the label of a detail row ("3 en 4", "12") into the action numbers it carries. */
export function actionNumbersOf(label: string): number[] {
  return label.split(/\s*(?:en|,|&)\s*/).map((part) => Number(part));
}

function buildPlan(): Plan {
  return PlanSchema.parse({
    // 2023 realised, 2024 the budget year, 2025 and 2026 estimates; the frame "2 miljoen euro structureel".
    kader: defaultKader(LETTER_YEARS, LETTER_FRAME, LETTER_FRAME_SOURCE),
    budgetLines: SUMMARY_ROWS.map((row) => ({
      id: row.id,
      description: row.description,
      actionLine: row.actionLine,
      amounts: printedYears(row.cells, EUROS_PER_MILLION),
      source: { bijlage: 2, table: SUMMARY_TABLE, row: `${row.id}.` },
    })),
    actions: DETAIL_ROWS.map((row) => ({
      numbers: actionNumbersOf(row.label),
      actionLine: row.actionLine,
      description: row.description,
      amounts: printedYears(row.cells, EUROS_PER_TEN_THOUSAND),
      source: { bijlage: 2, table: detailTableName(row.actionLine), row: `${row.label}.` },
    })),
    proposals: PROPOSALS.map((proposal) => ({
      ...proposal,
      forms: formsNamedIn(proposal.text, proposal.appraisal),
      source: {
        bijlage: 1,
        table: `${proposal.theme}, ${proposal.priority.toLowerCase()}e acties`,
        row: String(proposal.number),
      },
    })),
  });
}

/** The action plan as the letter gives it, in whole euros. Built once; treat as read-only. */
export const LETTER_PLAN: Plan = buildPlan();
