/**
 * The model tables: their names, sheets, columns, rows from the plan, and the Begroting totals. The year
 * columns of Begroting and Acties follow the plan's horizon; `Kader` holds its frame and phases
 * (docs/contracts/horizon.md).
 */
import { firstYearHigh, parseCostText } from "../model/money/cost-parser";
import { formsText } from "../model/forms/forms";
import {
  formatSource,
  planHorizon,
  proposalForms,
  type Plan,
  type SavedPlan,
  type SavedPlanPart,
} from "../model/schema";
import type { CellValue, ColumnLayout, TableLayout, TotalsCell } from "./types";

export const SHEETS = {
  begroting: "Begroting",
  acties: "Acties",
  voorstellen: "Voorstellen",
  scenarios: "Scenario's",
  kader: "Kader",
  overzicht: "Overzicht",
} as const;

export const TABLES = {
  begroting: "Begroting",
  acties: "Acties",
  voorstellen: "Voorstellen",
  scenarios: "Scenarios",
  kader: "Kader",
} as const;
export type TableName = (typeof TABLES)[keyof typeof TABLES];

export const TOTAL_LABEL = "Totaal";

const yearColumns = (years: readonly number[]): ColumnLayout[] =>
  years.map((year) => ({ header: String(year), kind: "letter-euros", width: 14 }));
const text = (header: string, width: number): ColumnLayout => ({ header, kind: "text", width });
const integer = (header: string, width: number): ColumnLayout => ({ header, kind: "integer", width });
const euros = (header: string): ColumnLayout => ({ header, kind: "euros", width: 14 });

/** The columns of Begroting and Acties before and after their year columns. */
export const YEAR_TABLE_COLUMNS = {
  begroting: { before: [text("Regel", 8), text("Omschrijving", 48)], after: [text("Bron", 60)] },
  acties: { before: [text("Nr", 8), integer("Actielijn", 10), text("Actie", 70)], after: [text("Bron", 60)] },
} satisfies Record<string, { before: ColumnLayout[]; after: ColumnLayout[] }>;

export function yearTableColumns(table: keyof typeof YEAR_TABLE_COLUMNS, years: readonly number[]): ColumnLayout[] {
  const { before, after } = YEAR_TABLE_COLUMNS[table];
  return [...before, ...yearColumns(years), ...after];
}

export const COLUMNS = {
  voorstellen: [
    integer("Nr", 6),
    text("Thema", 28),
    text("Prioriteit", 16),
    text("Voorstel", 70),
    text("Toelichting", 70),
    text("Kosten", 40),
    text("Status", 10),
    euros("Incidenteel"),
    euros("Structureel"),
    euros("Hoog"),
    // Forms of exploitation came after the first workbooks (docs/contracts/requirements.md).
    { ...text("Vormen", 40), addedLater: true },
  ],
  scenarios: [
    text("Scenario", 30),
    integer("Voorstel", 10),
    integer("Startjaar", 10),
    integer("Schrap", 10),
    text("Plan", 40),
  ],
  kader: [integer("Jaar", 8), euros("Kader"), text("Fase", 12), text("Bron", 60)],
} satisfies Record<string, ColumnLayout[]>;

/** "3 en 4" for the shared row, so it is one row carrying both numbers and never counted twice. */
export function actionNumberCell(numbers: readonly number[]): CellValue {
  return numbers.length === 1 ? numbers[0] : numbers.join(" en ");
}

function begroting(plan: Plan): TableLayout {
  const { years } = planHorizon(plan);
  const rows = plan.budgetLines.map((line) => [
    line.id,
    line.description,
    ...years.map((year) => line.amounts[year]),
    formatSource(line.source),
  ]);
  const totals: TotalsCell[] = [
    TOTAL_LABEL,
    null,
    ...years.map((year) => ({
      formula: `SUBTOTAL(109,${TABLES.begroting}[${year}])`,
      result: plan.budgetLines.reduce((sum, line) => sum + line.amounts[year], 0),
    })),
    null,
  ];
  const columns = yearTableColumns("begroting", years);
  return { name: TABLES.begroting, sheet: SHEETS.begroting, columns, rows, totals };
}

function acties(plan: Plan): TableLayout {
  const { years } = planHorizon(plan);
  const rows = plan.actions.map((action) => [
    actionNumberCell(action.numbers),
    action.actionLine,
    action.description,
    ...years.map((year) => action.amounts[year]),
    formatSource(action.source),
  ]);
  const columns = yearTableColumns("acties", years);
  return { name: TABLES.acties, sheet: SHEETS.acties, columns, rows, totals: null };
}

/** One row per year of the horizon: `Jaar | Kader | Fase | Bron`. */
export function kaderRowCells(row: { year: number; frame: number; phase: string; source: string }): CellValue[] {
  return [row.year, row.frame, row.phase, row.source];
}

function kader(plan: Plan): TableLayout {
  const rows = plan.kader.map(kaderRowCells);
  return { name: TABLES.kader, sheet: SHEETS.kader, columns: COLUMNS.kader, rows, totals: null };
}

/**
 * Incidenteel and Structureel are the low estimates; Hoog is a first year at the high estimate; Vormen
 * the forms of exploitation, which the officer may correct (what the workbook says counts).
 */
function voorstellen(plan: Plan): TableLayout {
  const rows = plan.proposals.map((proposal) => {
    const cost = parseCostText(proposal.costText);
    return [
      proposal.number,
      proposal.theme,
      proposal.priority,
      proposal.text,
      proposal.appraisal,
      proposal.costText,
      cost.status,
      cost.incidental?.low ?? null,
      cost.structural?.low ?? null,
      firstYearHigh(cost),
      formsText(proposalForms(proposal)),
    ];
  });
  return { name: TABLES.voorstellen, sheet: SHEETS.voorstellen, columns: COLUMNS.voorstellen, rows, totals: null };
}

/** One saved plan's part as a row of the Scenarios table, in the order of COLUMNS.scenarios. */
export function scenarioRowCells(name: string, part: SavedPlanPart): CellValue[] {
  switch (part.kind) {
    case "proposal":
      return [name, part.proposal, part.startYear, null, null];
    case "cut":
      return [name, null, null, part.action, null];
    case "reference":
      return [name, null, null, null, part.plan];
  }
}

/** One row per part of a saved plan, in its order; an empty table keeps one blank row, as Excel does. */
function scenarios(saved: readonly SavedPlan[]): TableLayout {
  const rows = saved.flatMap((plan) => plan.parts.map((part) => scenarioRowCells(plan.name, part)));
  return {
    name: TABLES.scenarios,
    sheet: SHEETS.scenarios,
    columns: COLUMNS.scenarios,
    rows: rows.length > 0 ? rows : [COLUMNS.scenarios.map(() => null)],
    totals: null,
  };
}

export function modelTables(plan: Plan, saved: readonly SavedPlan[]): TableLayout[] {
  return [begroting(plan), acties(plan), voorstellen(plan), scenarios(saved), kader(plan)];
}
