import { formatEuros } from "../../model/money/format";
import { intendedEuros } from "../amount";
import { report, type Report, type Rule } from "../rule";
import { eachAmountCell } from "../tables";

export const negativeAmount: Rule = {
  meta: {
    id: "negative-amount",
    severity: "warning",
    description: "Een bedrag is negatief; in de begroting van het actieplan komt dat niet voor.",
  },
  check(context) {
    const reports: Report[] = [];
    eachAmountCell(context.tables, (table, row, col) => {
      const euros = intendedEuros(context.amountAt(table, row, col));
      if (euros !== null && euros < 0) {
        reports.push(report(table.sheet, row, col, `Negatief bedrag: ${formatEuros(euros)}.`));
      }
    });
    return reports;
  },
};
