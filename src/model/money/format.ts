/**
 * Money as Dutch officers and the letter write it, in one place: the text of the pane, the command
 * line and messages, and the Excel number formats both writers give amounts. Whole euros, the sign
 * after the euro sign (`€ -675.000`), and `-` for no money where the letter's own tables print one.
 */

/** The letter's sign for an empty amount (Bijlage 2 prints "-" where a line has no money that year). */
export const NO_AMOUNT = "-";

function groupThousands(euros: number): string {
  return Math.abs(Math.round(euros))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** "€ 1.050.000", "€ -675.000", "€ 0". */
export function formatEuros(euros: number): string {
  return `€ ${Math.round(euros) < 0 ? "-" : ""}${groupThousands(euros)}`;
}

/** An amount of the letter's own tables (budget lines, actions): "-" when there is none, else as formatEuros. */
export function formatLetterEuros(euros: number | null): string {
  return euros === null || Math.round(euros) === 0 ? NO_AMOUNT : formatEuros(euros);
}

/**
 * Excel's number format for a figure: `€ 1.050.000`, `€ -675.000`, `€ 0`. The `,` is the format's
 * thousands separator, which Dutch Excel and LibreOffice show as `.`.
 */
export const EURO_FORMAT = '"€" #,##0;"€" -#,##0';

/** The same for an amount of the letter's own tables, whose zero section prints the letter's `-`. */
export const LETTER_EURO_FORMAT = `${EURO_FORMAT};"${NO_AMOUNT}"`;
