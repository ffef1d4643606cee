import { cellAt, isBlank } from "../grid";
import { report, type Rule } from "../rule";

export const hardcodedTotal: Rule = {
  meta: {
    id: "hardcoded-total",
    severity: "warning",
    description: "Een Totaal is een getypt getal terwijl de andere totalen formules zijn.",
  },
  check(context) {
    const totals = context.tables.amountTables.flatMap((table) =>
      table.totalRow === null
        ? []
        : table.years.map(({ year, col }) => ({
            table,
            year,
            col,
            cell: cellAt(table.sheet, table.totalRow ?? 0, col),
          })),
    );
    // A layout whose totals are all typed is consistent; only a typed total among formulas goes stale.
    if (!totals.some(({ cell }) => cell?.formula !== undefined)) return [];
    return totals
      .filter(({ cell }) => !isBlank(cell) && cell?.formula === undefined)
      .map(({ table, year, col }) =>
        report(
          table.sheet,
          table.totalRow ?? 0,
          col,
          `Totaal ${year} in "${table.title}" is een getypt getal; de andere totalen zijn formules. Gebruik een SOM-formule.`,
        ),
      );
  },
};
