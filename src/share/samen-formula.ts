/**
 * Whether a formula, as it stands in a sheet's XML, calls a SAMEN function anywhere (also nested).
 * Excel writes JavaScript custom functions to the file as `_xldudf_SAMEN_GAP(…)`; ExcelJS, openpyxl and
 * LibreOffice write the name as typed, `SAMEN.GAP(…)`. Text in quotes is left out first, so
 * `="SAMEN.GAP("` or a sheet named `'SAMEN.X'` is no call.
 */
const CALL = /(?:^|[^\w.])(?:SAMEN\.|_xldudf_SAMEN_)[A-Za-z]\w*\s*\(/i;
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;

const ENTITIES: Record<string, string> = { quot: '"', apos: "'", amp: "&", lt: "<", gt: ">" };

/** The formula text of an XML element's content: entities and character references resolved. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|quot|apos|amp|lt|gt);/gi, (_, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()];
    return String.fromCodePoint(name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });
}

export function callsSamen(formula: string): boolean {
  return CALL.test(formula.replace(QUOTED, '""'));
}
