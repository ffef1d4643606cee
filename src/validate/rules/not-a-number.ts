import { textAt } from "../grid";
import { report, type Report, type Rule } from "../rule";
import { eachAmountCell } from "../tables";

export const notANumber: Rule = {
  meta: {
    id: "not-a-number",
    severity: "error",
    description: "In een cel voor een bedrag, voorstelnummer of startjaar staat iets anders dan een getal.",
  },
  check(context) {
    const reports: Report[] = [];
    eachAmountCell(context.tables, (table, row, col) => {
      const amount = context.amountAt(table, row, col);
      if (amount.kind === "text") reports.push(report(table.sheet, row, col, `"${amount.text}" is geen bedrag.`));
    });
    // A blank number cell is no fault here: a cut row has no Voorstel, a proposal without Startjaar
    // starts in the first plan year.
    for (const table of context.tables.scenarioTables) {
      const numberCols = [table.proposalCol, table.startYearCol, table.cutCol].filter((col) => col !== null);
      for (const row of table.rows) {
        for (const col of numberCols) {
          const text = textAt(table.sheet, row, col);
          if (text !== "" && !/^\d+$/.test(text)) {
            reports.push(report(table.sheet, row, col, `"${text}" is geen geheel getal.`));
          }
        }
      }
    }
    return reports;
  },
};
