import { formatEuros } from "../../model/money/format";
import { workbookHorizon } from "../horizon";
import { report, type Rule } from "../rule";
import { bodySum } from "../tables";

export const budgetFrame: Rule = {
  meta: {
    id: "budget-frame",
    severity: "error",
    description: "Het programma telt in een jaar niet op tot het kader van dat jaar (tabel Kader, anders de titel).",
  },
  check(context) {
    const horizon = workbookHorizon(context);
    return context.tables.amountTables
      .filter((table) => table.kind === "summary")
      .flatMap((table) =>
        table.years.flatMap(({ year, col }) => {
          const sum = bodySum(context, table, col);
          const frame = horizon.frameOf(year);
          if (sum === null || sum === frame) return [];
          const message =
            `De regels van "${table.title}" tellen in ${year} op tot ${formatEuros(sum)}; ` +
            `het kader is ${formatEuros(frame)} (verschil ${formatEuros(sum - frame)}).`;
          return [report(table.sheet, table.totalRow ?? table.headerRow, col, message)];
        }),
      );
  },
};
