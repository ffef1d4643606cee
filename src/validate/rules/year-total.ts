import { formatEuros } from "../../model/money/format";
import { intendedEuros } from "../amount";
import { report, type Rule } from "../rule";
import { bodySum } from "../tables";

export const yearTotal: Rule = {
  meta: {
    id: "year-total",
    severity: "error",
    description: "Een Totaal wijkt af van de som van de regels erboven.",
  },
  check(context) {
    return context.tables.amountTables.flatMap((table) => {
      const { totalRow } = table;
      if (totalRow === null) return [];
      return table.years.flatMap(({ year, col }) => {
        const total = intendedEuros(context.amountAt(table, totalRow, col));
        const sum = bodySum(context, table, col);
        if (total === null || sum === null || total === sum) return [];
        const message = `Totaal ${year} in "${table.title}" is ${formatEuros(total)}, maar de regels tellen op tot ${formatEuros(sum)}.`;
        return [report(table.sheet, totalRow, col, message)];
      });
    });
  },
};
