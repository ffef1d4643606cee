/**
 * What an appraisal says about the plan, checked against the plan as the workbook holds it: the money
 * it says is reserved for the actions it names, and the action line it puts them in.
 *
 * A sum "structureel" is money per year: each plan year (2024–2026 in the letter) must hold it for the named
 * actions together. Any other sum compares with the named actions' total over all year columns. An
 * appraisal that is "Idem" repeats the row above and is judged there, once.
 */
import { formatEuros } from "../../model/money/format";
import { namedActions as named } from "../../model/links/plan-links";
import { isIdem, linksOfProposals, numbersOf, type ProposalLinks } from "../../model/links/proposal-links";
import { workbookHorizon } from "../horizon";
import { intendedEuros } from "../amount";
import { actiesDescription } from "../detect/addin-tables";
import { detailDescription } from "../detect/letter-tables";
import type { AmountRow, AmountTable, DetectedTables, ProposalTable } from "../detect/tables";
import { textAt } from "../grid";
import { report, type Report, type Rule, type RuleContext } from "../rule";
import { detailsOf, FAMILIES, yearColumn } from "../tables";

interface WorkbookAction {
  numbers: number[];
  actionLine: number;
  description: string;
  table: AmountTable;
  row: AmountRow;
}

/** The actions of the detail tables of the proposal table's own family, else of the other one. */
function actionsFor(tables: DetectedTables, proposals: ProposalTable): WorkbookAction[] {
  const families = [proposals.family, ...FAMILIES.filter((family) => family !== proposals.family)];
  for (const family of families) {
    const actions = detailsOf(tables, family).flatMap((table) =>
      table.rows
        .filter((row) => row.actionNumbers.length > 0 && row.actionLine !== null)
        .map((row) => ({
          numbers: row.actionNumbers,
          actionLine: row.actionLine!,
          description: family === "brief" ? detailDescription(table.sheet, row) : actiesDescription(table.sheet, row),
          table,
          row,
        })),
    );
    if (actions.length > 0) return actions;
  }
  return [];
}

/** The named actions' euros in the given years together; null when a cell cannot be known. */
function heldIn(
  context: RuleContext,
  actions: readonly WorkbookAction[],
  years: readonly number[] | null,
): number | null {
  let total = 0;
  for (const { table, row } of actions) {
    const columns = years === null ? table.years : years.map((year) => yearColumn(table, year));
    for (const column of columns) {
      if (!column) continue;
      const euros = intendedEuros(context.amountAt(table, row.row, column.col));
      if (euros === null) return null;
      total += euros;
    }
  }
  return total;
}

/** The reservation against what the plan holds for the named actions; null when they agree. */
function reservationFinding(
  context: RuleContext,
  links: ProposalLinks,
  numbers: readonly number[],
  rows: readonly WorkbookAction[],
): string | null {
  const { euros, structural } = links.reservation!;
  const stated = `Voorstel ${links.number}: de appreciatie noemt ${formatEuros(euros)}${structural ? " structureel" : ""} gereserveerd voor ${named(numbers)}`;
  const hold = numbers.length === 1 ? "die heeft" : "die hebben samen";
  if (!structural) {
    const held = heldIn(context, rows, null);
    return held === null || held === euros ? null : `${stated}, maar ${hold} ${formatEuros(held)} in het plan.`;
  }
  for (const year of workbookHorizon(context).planYears) {
    const held = heldIn(context, rows, [year]);
    if (held !== null && held !== euros) return `${stated}, maar ${hold} in ${year} ${formatEuros(held)} in het plan.`;
  }
  return null;
}

function checkTable(context: RuleContext, table: ProposalTable): Report[] {
  const appraisalCol = table.appraisalCol;
  if (appraisalCol === null) return [];
  const actions = actionsFor(context.tables, table);
  if (actions.length === 0) return [];
  const rowOf = new Map(actions.flatMap((action) => action.numbers.map((number) => [number, action] as const)));
  const rows = table.rows.map(({ row, number }) => ({
    row,
    number,
    text: textAt(table.sheet, row, table.textCol),
    appraisal: textAt(table.sheet, row, appraisalCol),
  }));
  const links = linksOfProposals(rows, actions);
  const reports: Report[] = [];
  for (const { row, number, appraisal } of rows) {
    const found = links.get(number);
    if (!found || isIdem(appraisal)) continue;
    const at = (message: string): number => reports.push(report(table.sheet, row, appraisalCol, message));
    const namedActions = numbersOf(found.appraisalLinks, "action");
    const unknown = namedActions.filter((action) => !rowOf.has(action));
    if (unknown.length > 0)
      at(
        `Voorstel ${number}: de appreciatie noemt ${named(unknown)}, die niet in het plan ${unknown.length === 1 ? "staat" : "staan"}.`,
      );
    else if (found.reservation && namedActions.length > 0) {
      const planRows = [...new Set(namedActions.map((action) => rowOf.get(action)!))];
      const message = reservationFinding(context, found, namedActions, planRows);
      if (message) at(message);
    }
    const lines = numbersOf(found.appraisalLinks, "action-line");
    if (lines.length === 0) continue;
    for (const action of namedActions) {
      const planLine = rowOf.get(action)?.actionLine;
      if (planLine === undefined || lines.includes(planLine)) continue;
      at(
        `Voorstel ${number}: de appreciatie plaatst actie ${action} in actielijn ${lines.join(" of ")}, het plan in actielijn ${planLine}.`,
      );
    }
  }
  return reports;
}

export const appraisalLink: Rule = {
  meta: {
    id: "appraisal-link",
    severity: "warning",
    description:
      "Een appreciatie noemt een ander bedrag voor de acties waarop een voorstel aansluit dan het plan, of plaatst een actie in een andere actielijn dan het plan.",
  },
  check(context) {
    return context.tables.proposalTables.flatMap((table) => checkTable(context, table));
  },
};
