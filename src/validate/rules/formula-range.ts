import type { AmountTable } from "../detect/tables";
import { referencesOf, type Area } from "../formula";
import { a1, cellAt } from "../grid";
import { report, type Report, type Rule } from "../rule";

function describeArea(area: Area): string {
  const corner = a1(area.top, area.left);
  const range =
    area.top === area.bottom && area.left === area.right ? corner : `${corner}:${a1(area.bottom, area.right)}`;
  return area.sheet === null ? range : `${area.sheet}!${range}`;
}

/** Which body rows of the column the areas cover, and which areas reach outside the table's body. */
function coverage(table: AmountTable, col: number, areas: Area[]): { covered: Set<number>; outside: Area[] } {
  const covered = new Set<number>();
  const outside: Area[] = [];
  const [first, last] = [table.headerRow + 1, table.lastBodyRow];
  for (const area of areas) {
    const sameSheet = area.sheet === null || area.sheet.toLowerCase() === table.sheet.name.toLowerCase();
    const inBody = sameSheet && area.left === col && area.right === col && area.top >= first && area.bottom <= last;
    if (!inBody) outside.push(area);
    if (!sameSheet || area.left > col || area.right < col) continue;
    for (const row of table.rows) if (row.row >= area.top && row.row <= area.bottom) covered.add(row.row);
  }
  return { covered, outside };
}

export const formulaRange: Rule = {
  meta: {
    id: "formula-range",
    severity: "error",
    description: "De formule van een Totaal laat regels van de tabel weg of telt cellen buiten de tabel mee.",
  },
  check(context) {
    const reports: Report[] = [];
    for (const table of context.tables.amountTables) {
      const { totalRow, sheet } = table;
      if (totalRow === null) continue;
      for (const { year, col } of table.years) {
        const formula = cellAt(sheet, totalRow, col)?.formula;
        const areas =
          formula === undefined
            ? null
            : referencesOf(formula, { sheet, row: totalRow, col }, context.resolveStructured);
        if (!areas) continue;
        const { covered, outside } = coverage(table, col, areas);
        const missing = table.rows
          .filter((line) => !covered.has(line.row))
          .map((line) => line.label || `rij ${line.row}`);
        const problems = [
          ...(missing.length > 0
            ? [`laat ${missing.length === 1 ? "regel" : "regels"} ${missing.join(", ")} weg`]
            : []),
          ...(outside.length > 0 ? [`telt cellen buiten de tabel mee (${outside.map(describeArea).join(", ")})`] : []),
        ];
        if (problems.length === 0) continue;
        const message = `De formule =${formula} voor Totaal ${year} ${problems.join(" en ")}.`;
        reports.push(report(sheet, totalRow, col, message));
      }
    }
    return reports;
  },
};
