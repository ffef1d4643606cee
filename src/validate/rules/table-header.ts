import { report, type Report, type Rule } from "../rule";

export const tableHeader: Rule = {
  meta: {
    id: "table-header",
    severity: "warning",
    description:
      "De kop van een tabel is niet te lezen (een jaar als formule zonder uitkomst, een onbekende eenheid); " +
      "de bedragen van die tabel zijn niet gecontroleerd.",
  },
  check(context) {
    const reports: Report[] = [];
    for (const table of context.tables.amountTables) {
      for (const { row, col, message } of table.unread) {
        const unjudged = `De bedragen van "${table.title}" zijn daarom niet gecontroleerd.`;
        reports.push(report(table.sheet, row, col, `${message} ${unjudged}`));
      }
    }
    return reports;
  },
};
