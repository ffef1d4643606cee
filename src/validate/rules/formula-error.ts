import { cellAt } from "../grid";
import { report, type Report, type Rule } from "../rule";
import { eachAmountCell } from "../tables";

export const formulaError: Rule = {
  meta: {
    id: "formula-error",
    severity: "error",
    description: "Een cel in een tabel toont een foutwaarde (#VERW!/#REF!, #WAARDE!/#VALUE!, …).",
  },
  check(context) {
    const reports: Report[] = [];
    eachAmountCell(context.tables, (table, row, col) => {
      const amount = context.amountAt(table, row, col);
      if (amount.kind === "error") {
        const formula = cellAt(table.sheet, row, col)?.formula;
        const source = formula === undefined ? "" : ` (formule =${formula})`;
        reports.push(report(table.sheet, row, col, `De cel toont de foutwaarde ${amount.code}${source}.`));
      }
    });
    for (const table of context.tables.proposalTables) {
      for (const { row } of table.rows) {
        const error = cellAt(table.sheet, row, table.costCol)?.error;
        if (error) reports.push(report(table.sheet, row, table.costCol, `De kosten tonen de foutwaarde ${error}.`));
      }
    }
    return reports;
  },
};
