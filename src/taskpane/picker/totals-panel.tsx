/**
 * The plan's figures per plan year: reserve, freed, cost and room; the budget lines after the plan; and
 * a small chart of cost against what the plan has to spend (plain SVG). The tables keep the workbook's
 * shape, a column per year, and scroll sideways with the row labels fixed when the years outgrow the pane.
 */
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { formatEuros } from "../../model/money/format";
import type { BudgetAfterRow, PlanYearAmounts } from "./budget-after";
import type { PlanYear } from "../../model/functions/queries";
import type { PaneYear } from "./plan-years";

const useStyles = makeStyles({
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "separate", borderSpacing: 0, width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: "2px 4px" },
  cell: {
    textAlign: "right",
    padding: "2px 4px",
    whiteSpace: "nowrap",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: {
    textAlign: "left",
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: "96px",
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
  shortfall: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px" },
  note: { color: tokens.colorNeutralForeground2 },
});

/** A table that may be wider than the pane: focusable, so it scrolls by keyboard too. */
export function Scroller({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.scroller} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** `{line}` stands for the reserve line's letter: the workbook's, "h" in the letter. */
const YEAR_ROWS: ReadonlyArray<{ label: string; pick: (year: PlanYear) => number; testId?: string; total?: boolean }> =
  [
    { label: "Reserve (regel {line})", pick: (year) => year.reserve },
    { label: "Vrijgemaakt (schrappen)", pick: (year) => year.freed, testId: "freed" },
    { label: "Kosten voorstellen", pick: (year) => year.cost, testId: "cost" },
    { label: "Ruimte", pick: (year) => year.gap, total: true },
    { label: "Cumulatieve ruimte", pick: (year) => year.cumulativeGap, testId: "cumulative", total: true },
  ];

function YearHeader({ years }: { years: readonly number[] }) {
  const styles = useStyles();
  return (
    <thead>
      <tr>
        <th scope="col" className={styles.head}>
          Bedrag
        </th>
        {years.map((year) => (
          <th scope="col" key={year} className={styles.cell}>
            {year}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function PlanYearsTable({ years, reserveLine }: { years: readonly PlanYear[]; reserveLine: string }) {
  const styles = useStyles();
  return (
    <Scroller label="Tabel: het plan per jaar">
      <table className={styles.table}>
        <caption className={styles.caption}>Het plan per jaar</caption>
        <YearHeader years={years.map(({ year }) => year)} />
        <tbody>
          {YEAR_ROWS.map(({ label, pick, testId, total }) => (
            <tr key={label}>
              <th scope="row" className={mergeClasses(styles.head, total && styles.strong)}>
                {label.replace("{line}", reserveLine)}
              </th>
              {years.map((year) => (
                <td
                  key={year.year}
                  className={mergeClasses(
                    styles.cell,
                    total && styles.strong,
                    total && pick(year) < 0 && styles.shortfall,
                  )}
                  data-testid={testId && `${testId}-${year.year}`}
                >
                  {formatEuros(pick(year))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroller>
  );
}

interface BudgetAfterTableProps {
  years: readonly PaneYear[];
  rows: readonly BudgetAfterRow[];
  total: PlanYearAmounts;
  frame: number;
}

export function BudgetAfterTable({ years, rows, total, frame }: BudgetAfterTableProps) {
  const styles = useStyles();
  return (
    <>
      <Scroller label="Tabel: de begroting na het plan">
        <table className={styles.table} aria-describedby="begroting-na-plan-uitleg">
          <caption className={styles.caption}>Regels per jaar</caption>
          <YearHeader years={years} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className={styles.head}>
                  {row.label}
                </th>
                {years.map((year) => (
                  <td
                    key={year}
                    className={mergeClasses(styles.cell, row.reserve && row.amounts.get(year)! < 0 && styles.shortfall)}
                    data-testid={`regel-${row.key}-${year}`}
                  >
                    {formatEuros(row.amounts.get(year)!)}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row" className={mergeClasses(styles.head, styles.strong)}>
                Totaal
              </th>
              {years.map((year) => (
                <td
                  key={year}
                  className={mergeClasses(styles.cell, styles.strong)}
                  data-testid={`regel-totaal-${year}`}
                >
                  {formatEuros(total.get(year)!)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </Scroller>
      <Text id="begroting-na-plan-uitleg" size={200} className={styles.note}>
        Geschrapte acties gaan af van hun actielijn, de kosten van de nieuwe voorstellen staan op een eigen regel en de
        reserve is wat er na het plan van over is. Zo blijft elk jaar samen het kader van {formatEuros(frame)}.
      </Text>
    </>
  );
}

const COST_COLOR = tokens.colorPaletteMarigoldBorderActive;
const RESERVE_COLOR = tokens.colorBrandBackground;
/** What the chart may take of the pane's 350 px, less its padding. */
const CHART_WIDTH = 310;

/** Cost against reserve + freed: the room is the difference between the two bars. */
export function CostChart({ years }: { years: readonly PlanYear[] }) {
  const styles = useStyles();
  const groupWidth = Math.min(80, Math.floor(CHART_WIDTH / Math.max(1, years.length)));
  const barWidth = Math.floor((groupWidth - 10) / 2);
  const [width, height] = [groupWidth * years.length + 8, 110];
  const available = (year: PlanYear) => year.reserve + year.freed;
  const largest = Math.max(1, ...years.flatMap((year) => [year.cost, available(year)]));
  const barHeight = (euros: number) => Math.round((Math.max(0, euros) / largest) * (height - 24));
  const description = years
    .map((year) => `${year.year}: kosten ${formatEuros(year.cost)}, beschikbaar ${formatEuros(available(year))}`)
    .join("; ");
  return (
    <figure style={{ margin: 0 }}>
      <svg width={width} height={height} role="img" aria-label={`Kosten tegen reserve en vrijgemaakt. ${description}`}>
        {years.map((year, index) => {
          const x = index * groupWidth + 8;
          return (
            <g key={year.year}>
              <rect
                x={x}
                y={height - 16 - barHeight(year.cost)}
                width={barWidth}
                height={barHeight(year.cost)}
                fill={COST_COLOR}
              />
              <rect
                x={x + barWidth + 2}
                y={height - 16 - barHeight(available(year))}
                width={barWidth}
                height={barHeight(available(year))}
                fill={RESERVE_COLOR}
              />
              <text x={x + barWidth} y={height - 2} textAnchor="middle" fontSize="11" fill="currentColor">
                {year.year}
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
          Reserve + vrijgemaakt
        </Text>
      </figcaption>
    </figure>
  );
}
