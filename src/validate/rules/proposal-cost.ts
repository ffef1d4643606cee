import { parseCostText } from "../../model/money/cost-parser";
import { cellAt, textAt } from "../grid";
import { report, type Report, type Rule } from "../rule";

export const proposalCost: Rule = {
  meta: {
    id: "proposal-cost",
    severity: "warning",
    description: "De geschatte kosten van een voorstel zijn niet te lezen; het voorstel telt als onbekend.",
  },
  check(context) {
    const reports: Report[] = [];
    for (const table of context.tables.proposalTables) {
      for (const { row, number } of table.rows) {
        if (cellAt(table.sheet, row, table.costCol)?.error) continue;
        const cost = parseCostText(textAt(table.sheet, row, table.costCol));
        if (cost.status !== "onbekend" || cost.warnings.length === 0) continue;
        reports.push(report(table.sheet, row, table.costCol, `Voorstel ${number}: ${cost.warnings.join(" ")}`));
      }
    }
    return reports;
  },
};
