import { formatEuros } from "../../model/money/format";
import { intendedEuros } from "../amount";
import { report, type Report, type Rule } from "../rule";
import { bodySum, detailsOf, FAMILIES, summaryOf, where, yearColumn } from "../tables";

export const detailSummary: Rule = {
  meta: {
    id: "detail-summary",
    severity: "error",
    description: "Het totaal van een actielijn in de detailtabel wijkt af van de regel in de samenvatting.",
  },
  check(context) {
    const reports: Report[] = [];
    for (const family of FAMILIES) {
      const summary = summaryOf(context.tables, family);
      const details = detailsOf(context.tables, family);
      if (!summary || details.length === 0) continue;
      for (const line of summary.rows) {
        const actionLine = line.actionLine;
        if (actionLine === null) continue;
        const tables = details.filter((table) => table.rows.some((row) => row.actionLine === actionLine));
        if (tables.length === 0) continue;
        for (const { year, col } of summary.years) {
          const stated = intendedEuros(context.amountAt(summary, line.row, col));
          const columns = tables.map((table) => ({ table, column: yearColumn(table, year) }));
          if (stated === null || columns.some(({ column }) => !column)) continue;
          let detail: number | null = 0;
          for (const { table, column } of columns) {
            const sum = column ? bodySum(context, table, column.col, actionLine) : null;
            detail = sum === null || detail === null ? null : detail + sum;
          }
          if (detail === null || detail === stated) continue;
          // Point at the detail table's Totaal when there is one: that is where the officer sums the line.
          const [first] = columns;
          const at =
            family === "brief" && first.table.totalRow !== null && first.column
              ? { sheet: first.table.sheet, row: first.table.totalRow, col: first.column.col }
              : { sheet: summary.sheet, row: line.row, col };
          const message =
            `Actielijn ${actionLine} telt in ${year} in de detailtabel op tot ${formatEuros(detail)}, ` +
            `maar regel ${line.label} op ${where(summary.sheet, line.row, col)} zegt ${formatEuros(stated)}.`;
          reports.push(report(at.sheet, at.row, at.col, message));
        }
      }
    }
    return reports;
  },
};
