/**
 * A money text of the pane as a number, whatever form the formatter gives the sign ("-€ 675.000" or
 * "€ -675.000"), so tests assert the letter's figures, not the formatter's spelling of them.
 */
export function eurosOf(text: string | null | undefined): number {
  const match = /^(-?)€\s(-?)([\d.]+)$/.exec((text ?? "").trim());
  if (!match) throw new Error(`geen bedrag: "${text}"`);
  return (match[1] || match[2] ? -1 : 1) * Number(match[3].replace(/\./g, ""));
}
