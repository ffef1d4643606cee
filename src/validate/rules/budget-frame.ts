import { formatEuros } from "../../model/money/format";
import { FRAME_EUROS } from "../../model/horizon/years";
import { report, type Rule } from "../rule";
import { bodySum } from "../tables";

export const budgetFrame: Rule = {
  meta: {
    id: "budget-frame",
    severity: "error",
    description: `Het programma telt in een jaar niet op tot het kader van ${formatEuros(FRAME_EUROS)}.`,
  },
  check(context) {
    return context.tables.amountTables
      .filter((table) => table.kind === "summary")
      .flatMap((table) =>
        table.years.flatMap(({ year, col }) => {
          const sum = bodySum(context, table, col);
          if (sum === null || sum === FRAME_EUROS) return [];
          const message =
            `De regels van "${table.title}" tellen in ${year} op tot ${formatEuros(sum)}; ` +
            `het kader is ${formatEuros(FRAME_EUROS)} (verschil ${formatEuros(sum - FRAME_EUROS)}).`;
          return [report(table.sheet, table.totalRow ?? table.headerRow, col, message)];
        }),
      );
  },
};
