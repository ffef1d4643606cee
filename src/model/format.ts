/** Dutch money text for messages and the task pane: "€ 1.050.000", "-€ 675.000". */
export function formatEuros(euros: number): string {
  const digits = Math.abs(Math.round(euros))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${euros < 0 ? "-" : ""}€ ${digits}`;
}
