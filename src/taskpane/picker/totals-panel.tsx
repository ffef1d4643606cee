/** Live totals of the selection per year, and a small chart of cost against the reserve (plain SVG). */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatEuros } from "../../model/format";
import type { YearTotals } from "./totals";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "right", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { textAlign: "left", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  shortfall: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px" },
});

const ROWS: ReadonlyArray<[string, (totals: YearTotals) => number]> = [
  ["Incidenteel", (totals) => totals.incidental],
  ["Structureel", (totals) => totals.structural],
  ["Kosten", (totals) => totals.cost],
  ["Reserve (regel h)", (totals) => totals.reserve],
  ["Ruimte (reserve − kosten)", (totals) => totals.gap],
];

export function TotalsTable({ years }: { years: YearTotals[] }) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.head}>Totalen van de keuze per jaar</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.head}>
            Bedrag
          </th>
          {years.map((totals) => (
            <th scope="col" key={totals.year} className={styles.cell}>
              {totals.year}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([label, pick]) => (
          <tr key={label}>
            <th scope="row" className={styles.head}>
              {label}
            </th>
            {years.map((totals) => (
              <td
                key={totals.year}
                className={`${styles.cell} ${pick(totals) < 0 ? styles.shortfall : ""}`}
                data-testid={label.startsWith("Ruimte") ? `gap-${totals.year}` : undefined}
              >
                {formatEuros(pick(totals))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const COST_COLOR = tokens.colorPaletteMarigoldBorderActive;
const RESERVE_COLOR = tokens.colorBrandBackground;

export function CostChart({ years }: { years: YearTotals[] }) {
  const styles = useStyles();
  const [width, height, barWidth, groupWidth] = [240, 110, 26, 80];
  const largest = Math.max(1, ...years.flatMap((totals) => [totals.cost, totals.reserve]));
  const barHeight = (euros: number) => Math.round((Math.max(0, euros) / largest) * (height - 24));
  const description = years
    .map((totals) => `${totals.year}: kosten ${formatEuros(totals.cost)}, reserve ${formatEuros(totals.reserve)}`)
    .join("; ");
  return (
    <figure style={{ margin: 0 }}>
      <svg width={width} height={height} role="img" aria-label={`Kosten tegen reserve. ${description}`}>
        {years.map((totals, index) => {
          const x = index * groupWidth + 8;
          return (
            <g key={totals.year}>
              <rect
                x={x}
                y={height - 16 - barHeight(totals.cost)}
                width={barWidth}
                height={barHeight(totals.cost)}
                fill={COST_COLOR}
              />
              <rect
                x={x + barWidth + 2}
                y={height - 16 - barHeight(totals.reserve)}
                width={barWidth}
                height={barHeight(totals.reserve)}
                fill={RESERVE_COLOR}
              />
              <text x={x + barWidth} y={height - 2} textAnchor="middle" fontSize="11" fill="currentColor">
                {totals.year}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className={styles.legend}>
        <Text size={200}>
          <span className={styles.swatch} style={{ background: COST_COLOR }} />
          Kosten
        </Text>
        <Text size={200}>
          <span className={styles.swatch} style={{ background: RESERVE_COLOR }} />
          Reserve
        </Text>
      </figcaption>
    </figure>
  );
}
