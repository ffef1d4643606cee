/**
 * The reserve curve in Dekking zoeken ("Waarom dit plan"): for the search as the officer has set it up,
 * the best plan as every plan year's reserve moves from −50 % to +100 %, and what € 100.000 more gives.
 * The table is the content; the chart beside it repeats its first goal, with the same figures as text.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { FitEngine } from "../../model/fit/engine";
import { readRequirements, type FitRequest } from "../../model/fit/fit-plan";
import type { FitMode } from "../../model/fit/instance";
import { loadFitEngine } from "../../model/fit/load-engine";
import { goalColumns, goalText, gainText, type CurveGoals, type CurvePoint } from "../../model/fit/reserve-curve";
import { formatEuros } from "../../model/money/format";
import { printPlan, type ResolvedPlan } from "../../model/plans/resolver";
import type { EstimateEnd, PlanQueries } from "../../model/functions/queries";
import type { Action } from "../../model/schema";
import { CURVE_POINTS, useReserveCurve } from "./use-reserve-curve";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  scroll: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "right", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { textAlign: "left", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  none: { color: tokens.colorPaletteRedForeground1 },
  bar: { fill: tokens.colorBrandBackground },
  axis: { fill: tokens.colorNeutralForeground2, fontSize: "9px" },
});

export interface ReserveCurveViewProps {
  queries: PlanQueries;
  plan: ResolvedPlan;
  mode: FitMode;
  allowed: readonly Action[];
  estimate: EstimateEnd;
  requirements: string;
  loadEngine?: () => Promise<FitEngine>;
}

/** The chart's measure: the mode's first goal as a number. */
function measureOf(mode: FitMode): { label: string; of: (goals: CurveGoals) => number; text: (n: number) => string } {
  if (mode === "schrappen" || mode === "uitstellen") {
    return { label: "geschrapt", of: (g) => g.cutEuros, text: formatEuros };
  }
  return { label: "voorstellen gehouden", of: (g) => g.keptMostLikely + g.keptLikely, text: String };
}

function CurveChart({ points, mode }: { points: readonly CurvePoint[]; mode: FitMode }) {
  const styles = useStyles();
  const measure = measureOf(mode);
  const values = points.map((p) => (p.optimum.ok ? measure.of(p.optimum.value.goals) : null));
  const highest = Math.max(1, ...values.map((v) => v ?? 0));
  const width = 28;
  const height = 80;
  const alternative = `Grafiek, ${measure.label} per reserve: ${points
    .map((p, i) => `${p.label} ${values[i] === null ? "geen plan" : measure.text(values[i]!)}`)
    .join("; ")}.`;
  return (
    <svg
      role="img"
      aria-label={alternative}
      width={points.length * width}
      height={height + 14}
      viewBox={`0 0 ${points.length * width} ${height + 14}`}
    >
      {points.map((p, i) => {
        const value = values[i];
        const bar = value === null ? 0 : Math.round((value / highest) * height);
        return (
          <g key={p.label}>
            {value === null ? (
              <text x={i * width + width / 2} y={height - 2} textAnchor="middle" className={styles.axis}>
                ×
              </text>
            ) : (
              <rect x={i * width + 4} y={height - bar} width={width - 8} height={bar} className={styles.bar} />
            )}
            <text x={i * width + width / 2} y={height + 11} textAnchor="middle" className={styles.axis}>
              {p.step.kind === "percent" ? `${p.step.percent}` : "+1 ton"}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function ReserveCurveView({
  queries,
  plan,
  mode,
  allowed,
  estimate,
  requirements,
  loadEngine = loadFitEngine,
}: ReserveCurveViewProps) {
  const styles = useStyles();
  const years = queries.horizon.planYears;
  const key = JSON.stringify([printPlan(plan), mode, allowed.map((row) => row.numbers[0]), estimate, requirements]);
  // The request is rebuilt only when what it says changes (`key`), not on every render of the panel, whose
  // list of allowed rows is a new array each time.
  const read = useMemo(() => {
    const resolved = readRequirements(queries, plan, requirements);
    if (!resolved.ok) return resolved;
    const request: FitRequest = {
      plan,
      mode,
      allowed: mode === "kiezen" ? [] : allowed,
      estimate,
      requirementsText: requirements,
      requirements: resolved.value,
    };
    return { ok: true as const, value: request };
  }, [queries, key]);
  const { curve, start, stop } = useReserveCurve(read.ok ? read.value : null, key, loadEngine, queries);
  const columns = goalColumns(mode);
  const points = curve.state === "idle" || curve.state === "failed" ? [] : curve.points;
  const curvePoints = points.filter((p) => p.step.kind === "percent");
  const goalCells = (goals: CurveGoals) =>
    columns.map((column) => (
      <td key={column.key} className={styles.cell}>
        {goalText(goals, column.key)}
      </td>
    ));
  const now = points.find((p) => p.step.kind === "percent" && p.step.percent === 0);
  const extra = points.find((p) => p.step.kind === "extra");

  return (
    <section aria-label="Reservecurve" className={styles.panel}>
      <Text weight="semibold">Reservecurve</Text>
      <Text size={200}>
        Het beste plan als de reserve in elk planjaar van −50 % tot +100 % verandert, en wat € 100.000 meer reserve per
        jaar oplevert.
      </Text>
      <div className={styles.row}>
        <Button onClick={() => void start()} disabled={!read.ok || curve.state === "working"}>
          Reservecurve berekenen
        </Button>
        {curve.state === "working" && <Button onClick={stop}>Stoppen</Button>}
      </div>
      {!read.ok && <Text size={200}>{read.message}</Text>}
      {curve.state === "working" && (
        <Text size={200} role="status">
          Bezig: {curve.points.length} van {CURVE_POINTS} punten berekend…
        </Text>
      )}
      {curve.state === "stopped" && (
        <Text size={200} role="status">
          Gestopt: {curve.points.length} van {CURVE_POINTS} punten berekend.
        </Text>
      )}
      {curve.state === "failed" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{curve.message}</MessageBarBody>
        </MessageBar>
      )}
      {curve.state === "done" && !curve.end.complete && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{curve.end.message}</MessageBarBody>
        </MessageBar>
      )}
      {points.length > 0 && (
        <div className={styles.scroll} tabIndex={0} role="region" aria-label="Tabel reservecurve">
          <table className={styles.table}>
            <caption className={styles.head}>Beste plan per reserve ({mode})</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.head}>
                  Reserve
                </th>
                <th scope="col" className={styles.cell}>
                  Reserve {years[0]}–{years[years.length - 1]}
                </th>
                {columns.map((column) => (
                  <th key={column.key} scope="col" className={styles.cell}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.label} data-testid={`curve-${point.label}`}>
                  <th scope="row" className={styles.head}>
                    {point.label}
                  </th>
                  <td className={styles.cell}>{formatEuros(years.reduce((sum, y) => sum + point.reserve[y], 0))}</td>
                  {point.optimum.ok ? (
                    goalCells(point.optimum.value.goals)
                  ) : (
                    <td
                      colSpan={columns.length}
                      className={`${styles.cell} ${styles.none}`}
                      title={point.optimum.message}
                    >
                      geen plan past
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {curvePoints.length > 1 && <CurveChart points={curvePoints} mode={mode} />}
      {now && extra && (
        <Text size={200} data-testid="curve-gain">
          Wat levert € 100.000 extra op? {gainText(now, extra)}
        </Text>
      )}
    </section>
  );
}
