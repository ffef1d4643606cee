import { cellAt } from "../grid";
import { referencesOf } from "../formula";
import { report, type Report, type Rule } from "../rule";
import { where } from "../tables";

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
        const covered = new Set<number>();
        const outside: string[] = [];
        for (const area of areas) {
          const sameSheet = area.sheet === null || area.sheet.toLowerCase() === sheet.name.toLowerCase();
          for (let row = area.top; row <= area.bottom; row++) {
            for (let c = area.left; c <= area.right; c++) {
              if (sameSheet && c === col && row > table.headerRow && row <= table.lastBodyRow) covered.add(row);
              else if (outside.length < 3) outside.push(area.sheet ? `${area.sheet}!…` : where(sheet, row, c));
            }
          }
        }
        const missing = table.rows
          .filter((line) => !covered.has(line.row))
          .map((line) => line.label || `rij ${line.row}`);
        const problems = [
          ...(missing.length > 0
            ? [`laat ${missing.length === 1 ? "regel" : "regels"} ${missing.join(", ")} weg`]
            : []),
          ...(outside.length > 0 ? [`telt cellen buiten de tabel mee (${outside.join(", ")})`] : []),
        ];
        if (problems.length === 0) continue;
        const message = `De formule =${formula} voor Totaal ${year} ${problems.join(" en ")}.`;
        reports.push(report(sheet, totalRow, col, message));
      }
    }
    return reports;
  },
};
