import type { AmountTable } from "../detect/tables";
import { cellAt, isBlank } from "../grid";
import { report, type Report, type Rule } from "../rule";
import { FAMILIES } from "../tables";

/** Typed totals in a family of tables whose other totals are formulas: those go stale when a row changes. */
function typedAmongFormulas(tables: AmountTable[]): Report[] {
  const totals = tables.flatMap((table) => {
    const { totalRow } = table;
    if (totalRow === null) return [];
    return table.years.map(({ year, col }) => ({
      table,
      totalRow,
      year,
      col,
      cell: cellAt(table.sheet, totalRow, col),
    }));
  });
  // A layout whose totals are all typed is consistent: no warning.
  if (!totals.some(({ cell }) => cell?.formula !== undefined)) return [];
  return totals
    .filter(({ cell }) => !isBlank(cell) && cell?.formula === undefined)
    .map(({ table, totalRow, year, col }) =>
      report(
        table.sheet,
        totalRow,
        col,
        `Totaal ${year} in "${table.title}" is een getypt getal; de andere totalen zijn formules. Gebruik een SOM-formule.`,
      ),
    );
}

export const hardcodedTotal: Rule = {
  meta: {
    id: "hardcoded-total",
    severity: "warning",
    description: "Een Totaal is een getypt getal terwijl de andere totalen formules zijn.",
  },
  check(context) {
    return FAMILIES.flatMap((family) =>
      typedAmongFormulas(context.tables.amountTables.filter((table) => table.family === family)),
    );
  },
};
