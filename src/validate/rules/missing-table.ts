import { report, type Report, type Rule } from "../rule";
import { detailsOf, summaryOf } from "../tables";

export const missingTable: Rule = {
  meta: {
    id: "missing-table",
    severity: "error",
    description:
      "Een tabel van het actieplan ontbreekt (samenvatting, detailtabel van een actielijn, Begroting of Acties).",
  },
  check(context) {
    const { tables, workbook } = context;
    if (tables.amountTables.length === 0 && tables.proposalTables.length === 0) {
      const message =
        'Geen tabel van het actieplan gevonden: geen "Programma Samen tegen mensenhandel", geen "Actielijn N. … ' +
        '(€ x10.000)", geen tabel Begroting, Acties of Voorstellen.';
      return [{ sheet: workbook.sheets[0]?.name ?? "", cell: "A1", message }];
    }
    const reports: Report[] = [];
    const letterSummary = summaryOf(tables, "brief");
    const letterDetails = detailsOf(tables, "brief");
    if (!letterSummary && letterDetails.length > 0) {
      const [first] = letterDetails;
      const message = 'De samenvatting "Programma Samen tegen mensenhandel" ontbreekt bij deze detailtabellen.';
      reports.push(report(first.sheet, first.titleRow, first.headerCol, message));
    }
    if (letterSummary && letterDetails.length > 0) {
      for (const line of letterSummary.rows) {
        if (line.actionLine === null || letterDetails.some((table) => table.actionLine === line.actionLine)) continue;
        const message = `De detailtabel "Actielijn ${line.actionLine}. … (€ x10.000)" bij regel ${line.label} ontbreekt.`;
        reports.push(report(letterSummary.sheet, line.row, line.labelCol, message));
      }
    }
    const begroting = summaryOf(tables, "invoegtoepassing");
    const acties = detailsOf(tables, "invoegtoepassing")[0];
    const [present, absent] =
      begroting && !acties ? [begroting, "Acties"] : !begroting && acties ? [acties, "Begroting"] : [];
    if (present && absent) {
      reports.push(
        report(present.sheet, present.titleRow, present.headerCol, `De tabel ${absent} ontbreekt in de werkmap.`),
      );
    }
    return reports;
  },
};
