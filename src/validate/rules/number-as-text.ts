import { report, type Report, type Rule } from "../rule";
import { eachAmountCell } from "../tables";

export const numberAsText: Rule = {
  meta: {
    id: "number-as-text",
    severity: "error",
    description: 'Een bedrag is als tekst ingevoerd (bijvoorbeeld "0,4"); SOM telt het niet mee.',
  },
  check(context) {
    const reports: Report[] = [];
    eachAmountCell(context.tables, (table, row, col) => {
      const amount = context.amountAt(table, row, col);
      if (amount.kind !== "text-number") return;
      const message = `"${amount.text}" staat als tekst in de cel; SOM telt het niet mee. Voer het in als getal.`;
      reports.push(report(table.sheet, row, col, message));
    });
    return reports;
  },
};
