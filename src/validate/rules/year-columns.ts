import { workbookHorizon } from "../horizon";
import { report, type Report, type Rule } from "../rule";

export const yearColumns: Rule = {
  meta: {
    id: "year-columns",
    severity: "error",
    description:
      "Een jaarkolom ontbreekt (de jaren van Begroting, Acties en Kader volgen op elkaar en zijn overal dezelfde), staat er dubbel of staat niet op volgorde.",
  },
  check(context) {
    const reports: Report[] = [];
    const { years: workbookYears } = workbookHorizon(context);
    for (const table of context.tables.amountTables) {
      // A header that cannot be read is table-header's finding; its years are not known, so not missing.
      if (table.unread.length > 0) continue;
      const { sheet, headerRow, title, years } = table;
      years.forEach(({ year, col }, index) => {
        const earlier = years.slice(0, index);
        if (earlier.some((column) => column.year === year)) {
          reports.push(report(sheet, headerRow, col, `Jaar ${year} staat dubbel in de kop van "${title}".`));
        } else if (earlier.some((column) => column.year > year)) {
          reports.push(report(sheet, headerRow, col, `Jaar ${year} staat niet op volgorde in de kop van "${title}".`));
        }
      });
      for (const year of workbookYears) {
        if (years.some((column) => column.year === year)) continue;
        // The missing year belongs after the first column of the nearest earlier year: with 2025 typed
        // twice for 2025 and 2026, 2026 is missing where the second 2025 stands.
        const nearest = Math.max(...years.filter((column) => column.year < year).map((column) => column.year));
        const before = years.find((column) => column.year === nearest);
        const col = before ? before.col + 1 : (years[0]?.col ?? table.headerCol + 1);
        reports.push(report(sheet, headerRow, col, `De kolom ${year} ontbreekt in "${title}".`));
      }
    }
    for (const table of context.tables.kaderTables) {
      const held = new Set(table.rows.map((row) => row.year));
      const after = table.rows[table.rows.length - 1]?.row ?? table.headerRow;
      for (const year of workbookYears.filter((year) => !held.has(year))) {
        reports.push(report(table.sheet, after + 1, table.yearCol, `Het jaar ${year} ontbreekt in de tabel Kader.`));
      }
    }
    return reports;
  },
};
