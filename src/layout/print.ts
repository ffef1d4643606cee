/**
 * How every sheet Samen writes prints (docs/contracts/layout.md, "Money and print"): A4 landscape, one page wide and as
 * many tall as needed, the table's header rows repeated on every page, and the letter as the source in
 * the footer, so a printed page can be traced back to it.
 */
import { LETTER } from "../model/letter/printed";
import type { PrintLayout } from "./types";

/** "JenV", not "J&V": `&` starts a code in Excel's header and footer texts. */
export const PRINT_SOURCE = `Bron: brief van de staatssecretaris van JenV van ${LETTER.date}, kenmerk ${LETTER.reference}, bijlage 1 en 2`;

/** Excel's footer codes for "Pagina 1 van 3". */
export const PAGE_NUMBERS = "Pagina &P van &N";

/** The rows `headerRow` to `lastHeaderRow` (1-based) repeat at the top of every printed page. */
export function printLayout(headerRow: number, lastHeaderRow = headerRow): PrintLayout {
  return {
    paperSize: "A4",
    orientation: "landscape",
    pagesWide: 1,
    titleRows: { first: headerRow, last: lastHeaderRow },
    leftFooter: PRINT_SOURCE,
    rightFooter: PAGE_NUMBERS,
  };
}
