import { report, type Rule } from "../rule";
import { amountCells } from "../tables";

export const numberAsText: Rule = {
  meta: {
    id: "number-as-text",
    severity: "error",
    description: 'Een bedrag is als tekst ingevoerd (bijvoorbeeld "0,4"); SOM telt het niet mee.',
  },
  check(context) {
    const reports = [];
    for (const { table, row, col } of amountCells(context.tables)) {
      const amount = context.amountAt(table, row, col);
      if (amount.kind !== "text-number") continue;
      const message = `"${amount.text}" staat als tekst in de cel; SOM telt het niet mee. Voer het in als getal.`;
      reports.push(report(table.sheet, row, col, message));
    }
    return reports;
  },
};
