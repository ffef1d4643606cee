import { report, type Report, type Rule } from "../rule";
import { detailsOf, FAMILIES, where } from "../tables";

export const duplicateAction: Rule = {
  meta: {
    id: "duplicate-action",
    severity: "error",
    description: "Een actienummer komt meer dan eens voor.",
  },
  check(context) {
    const reports: Report[] = [];
    for (const family of FAMILIES) {
      const seen = new Map<number, string>();
      for (const table of detailsOf(context.tables, family)) {
        for (const row of table.rows) {
          for (const number of row.actionNumbers) {
            const first = seen.get(number);
            if (first)
              reports.push(report(table.sheet, row.row, row.labelCol, `Actie ${number} staat ook op ${first}.`));
            else seen.set(number, where(table.sheet, row.row, row.labelCol));
          }
        }
      }
    }
    return reports;
  },
};
