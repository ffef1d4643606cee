/** A money text of the pane as a number: "€ -675.000" is -675000. Any other spelling is not money. */
export function eurosOf(text: string | null | undefined): number {
  const match = /^€ (-?)(\d{1,3}(?:\.\d{3})*)$/.exec((text ?? "").trim());
  if (!match) throw new Error(`geen bedrag: "${text}"`);
  return (match[1] ? -1 : 1) * Number(match[2].replace(/\./g, ""));
}
