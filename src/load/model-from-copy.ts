/**
 * The model from the ministry's own workbook (docs/contracts/horizon.md, "The model from the ministry's
 * workbook"): the validator finds the copy of Bijlage 2 and judges it; only a copy without errors
 * becomes a model. Its years, lines and actions are read the way the rules read them (the same tables,
 * the same units, the same cells), so what `samen validate` calls consistent is what is loaded.
 * Pure: `samen workbook --from` and Model laden "Uit deze werkmap" both decide here.
 */
import { LETTER_PLAN } from "../model/letter/dataset";
import { formsNamedIn } from "../model/forms/forms";
import { horizonProblem, type KaderRow } from "../model/horizon/horizon";
import { yearAmounts, type YearAmounts } from "../model/horizon/years";
import { PRIORITIES, PlanSchema, type Action, type BudgetLine, type Plan, type Proposal } from "../model/schema";
import { inspectGrid, type Finding, type GridWorkbook, type RuleContext } from "../validate";
import { intendedEuros } from "../validate/amount";
import { actionDescription, lineDescription } from "../validate/detect/letter-tables";
import type { AmountRow, AmountTable, ProposalTable } from "../validate/detect/tables";
import { textAt } from "../validate/grid";
import { workbookHorizon } from "../validate/horizon";
import { detailsOf, summaryOf, where, yearColumn } from "../validate/tables";

export type CopyModel =
  /** The workbook holds no copy of Bijlage 2 (no summary table "Programma Samen tegen mensenhandel …"). */
  | { kind: "none" }
  /** A copy the model cannot be made from: the validator's errors, cell by cell, or what else is wrong. */
  | { kind: "refused"; findings: Finding[]; problems: string[] }
  | {
      kind: "model";
      plan: Plan;
      /** True when the proposals come from a copy of Bijlage 1 in the workbook, false: the letter's. */
      ownProposals: boolean;
      /** Warnings and notes of the validator: they do not stop the load, the officer may want to see them. */
      findings: Finding[];
    };

/** "Klantaanpak Meest kansrijke acties": the theme, then the priority as Bijlage 1 heads its groups. */
const GROUP_TITLE = /^(.*?)[\s,:–-]*\b(meest kansrijke?|kansrijke?)(?:\s+acties)?\s*$/i;

function amountsOf(context: RuleContext, table: AmountTable, row: AmountRow, years: readonly number[]) {
  const problems: string[] = [];
  const amounts: YearAmounts = yearAmounts(years, (year) => {
    const column = yearColumn(table, year);
    const euros = column ? intendedEuros(context.amountAt(table, row.row, column.col)) : null;
    if (euros === null) {
      const cell = column ? where(table.sheet, row.row, column.col) : `${table.title}, ${year}`;
      problems.push(`${cell}: het bedrag van ${year} is niet te lezen.`);
    }
    return euros ?? 0;
  });
  return { amounts, problems };
}

/** Theme and priority of a group of Bijlage 1; the priority as the built-in plans name it. */
function groupOf(title: string): { theme: string; priority: string } {
  const found = GROUP_TITLE.exec(title.replace(/\s+/g, " ").trim());
  if (!found || found[1] === "") return { theme: title.trim(), priority: title.trim() };
  const priority = PRIORITIES.find((name) => found[2].toLowerCase().startsWith(name.toLowerCase())) ?? found[2];
  return { theme: found[1], priority };
}

function proposalsOf(tables: readonly ProposalTable[]): Proposal[] {
  return tables.flatMap((table) => {
    const { theme, priority } = groupOf(table.title);
    return table.rows.map(({ row, number }) => {
      const text = textAt(table.sheet, row, table.textCol) || `Voorstel ${number}`;
      const appraisal = (table.appraisalCol !== null && textAt(table.sheet, row, table.appraisalCol)) || "N.v.t.";
      return {
        number,
        theme,
        priority,
        text,
        appraisal,
        // An empty cost cell is a cost nobody has estimated yet, never € 0.
        costText: textAt(table.sheet, row, table.costCol) || "Nog onbekend.",
        source: { bijlage: 1 as const, table: table.title, row: String(number) },
        forms: formsNamedIn(text, appraisal),
      };
    });
  });
}

function planFrom(context: RuleContext, summary: AmountTable): { plan: unknown; problems: string[]; own: boolean } {
  const horizon = workbookHorizon(context);
  const years = summary.years.map((column) => column.year).sort((a, b) => a - b);
  const source = `Kopie van Bijlage 2: ${summary.title}`;
  const kader: KaderRow[] = years.map((year) => ({
    year,
    frame: horizon.frameOf(year),
    phase: horizon.phaseOf(year),
    source,
  }));
  const problem = horizonProblem(kader);
  if (problem !== null) return { plan: null, problems: [problem], own: false };
  const problems: string[] = [];
  const budgetLines: BudgetLine[] = summary.rows.flatMap((row) => {
    if (row.lineId === null) return [];
    const read = amountsOf(context, summary, row, years);
    problems.push(...read.problems);
    const description = lineDescription(summary.sheet, row) || `Regel ${row.lineId}`;
    const lineSource = { bijlage: 2 as const, table: summary.title, row: row.label };
    return [{ id: row.lineId, description, actionLine: row.actionLine, amounts: read.amounts, source: lineSource }];
  });
  const actions: Action[] = detailsOf(context.tables, "brief").flatMap((table) =>
    table.rows.flatMap((row) => {
      if (row.actionNumbers.length === 0 || row.actionLine === null) return [];
      const read = amountsOf(context, table, row, years);
      problems.push(...read.problems);
      return [
        {
          numbers: row.actionNumbers,
          actionLine: row.actionLine,
          description: actionDescription(table.sheet, row) || `Actie ${row.label}`,
          amounts: read.amounts,
          source: { bijlage: 2 as const, table: table.title, row: `${row.label}.` },
        },
      ];
    }),
  );
  const copied = proposalsOf(context.tables.proposalTables.filter((table) => table.family === "brief"));
  const own = copied.length > 0;
  return { plan: { kader, budgetLines, actions, proposals: own ? copied : LETTER_PLAN.proposals }, problems, own };
}

export function modelFromCopy(workbook: GridWorkbook): CopyModel {
  const { findings, context } = inspectGrid(workbook);
  const summary = summaryOf(context.tables, "brief");
  if (!summary) return { kind: "none" };
  const errors = findings.filter((finding) => finding.severity === "error");
  if (errors.length > 0) return { kind: "refused", findings: errors, problems: [] };
  const { plan, problems, own } = planFrom(context, summary);
  if (problems.length > 0) return { kind: "refused", findings: [], problems };
  const parsed = PlanSchema.safeParse(plan);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => `${issue.path.join(".") || "model"}: ${issue.message}`);
    return { kind: "refused", findings: [], problems: [...new Set(messages)] };
  }
  return { kind: "model", plan: parsed.data, ownProposals: own, findings };
}
