import { YEARS } from "../../model/years";
import { report, type Report, type Rule } from "../rule";

export const yearColumns: Rule = {
  meta: {
    id: "year-columns",
    severity: "error",
    description: `Een jaarkolom (${YEARS[0]}–${YEARS[YEARS.length - 1]}) ontbreekt, staat er dubbel of staat niet op volgorde.`,
  },
  check(context) {
    const reports: Report[] = [];
    for (const table of context.tables.amountTables) {
      const { sheet, headerRow, title, years } = table;
      years.forEach(({ year, col }, index) => {
        const earlier = years.slice(0, index);
        if (earlier.some((column) => column.year === year)) {
          reports.push(report(sheet, headerRow, col, `Jaar ${year} staat dubbel in de kop van "${title}".`));
        } else if (earlier.some((column) => column.year > year)) {
          reports.push(report(sheet, headerRow, col, `Jaar ${year} staat niet op volgorde in de kop van "${title}".`));
        }
      });
      for (const year of YEARS) {
        if (years.some((column) => column.year === year)) continue;
        const before = years.filter((column) => column.year < year).pop();
        const col = before ? before.col + 1 : (years[0]?.col ?? table.headerCol + 1);
        reports.push(report(sheet, headerRow, col, `De kolom ${year} ontbreekt in "${title}".`));
      }
    }
    return reports;
  },
};
