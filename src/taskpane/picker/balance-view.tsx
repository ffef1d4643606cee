/**
 * Evenwicht (docs/contracts/requirements.md): the current plan per theme and per form of exploitation,
 * each with its proposals in the plan and their cost per plan year; a theme or form without any proposal
 * in the plan is said in words, so the officer sees what the letter's second criterion asks about.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { FORMS } from "../../model/forms/forms";
import type { EstimateEnd, PlanQueries } from "../../model/functions/queries";
import { formatEuros } from "../../model/money/format";
import { printPlan, type ResolvedPlan } from "../../model/plans/resolver";
import { proposalForms, themesOf } from "../../model/schema";
import { Scroller } from "./totals-panel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "right", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { textAlign: "left", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

interface Group {
  name: string;
  proposals: number[];
}

export interface BalanceViewProps {
  queries: PlanQueries;
  plan: ResolvedPlan;
  estimate: EstimateEnd;
}

export function BalanceView({ queries, plan, estimate }: BalanceViewProps) {
  const styles = useStyles();
  const years = queries.horizon.planYears;
  const { themes, forms, costs } = useMemo(() => {
    const proposals = new Map(queries.plan.proposals.map((proposal) => [proposal.number, proposal]));
    const inPlan = plan.proposals.map(({ number }) => proposals.get(number)!);
    const groups = (names: readonly string[], of: (p: (typeof inPlan)[number]) => readonly string[]): Group[] =>
      names.map((name) => ({ name, proposals: inPlan.filter((p) => of(p).includes(name)).map((p) => p.number) }));
    // Each proposal's own cost per plan year, through the formula library: COST of a plan of it alone.
    const costs = new Map(
      plan.proposals.map(({ number, startYear }) => {
        const alone = queries.makePlan([{ number, startYear }], []);
        const text = alone.ok ? printPlan(alone.value) : String(number);
        return [number, years.map((year) => queries.cost(text, year, "totaal", estimate))] as const;
      }),
    );
    return {
      themes: groups(themesOf(queries.plan.proposals), (p) => [p.theme]),
      forms: groups(FORMS, (p) => proposalForms(p)),
      costs,
    };
  }, [queries, plan, estimate, years]);

  const table = (label: string, groups: Group[]) => (
    <Scroller label={`Tabel: evenwicht per ${label.toLowerCase()}`}>
      <table className={styles.table} aria-label={label}>
        <thead>
          <tr>
            <th scope="col" className={styles.head}>
              {label}
            </th>
            <th scope="col" className={styles.head}>
              Voorstellen
            </th>
            {years.map((year) => (
              <th key={year} scope="col" className={styles.cell}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map(({ name, proposals }) =>
            proposals.length === 0 ? (
              <tr key={name}>
                <td colSpan={2 + years.length} className={`${styles.head} ${styles.missing}`}>
                  {name}: geen voorstel in dit plan
                </td>
              </tr>
            ) : (
              <tr key={name}>
                <th scope="row" className={styles.head}>
                  {name}
                </th>
                <td className={styles.head}>{proposals.join(", ")}</td>
                {years.map((year, i) => {
                  const sum = proposals.reduce((total, number) => {
                    const cost = costs.get(number)![i];
                    return total + (cost.ok ? cost.value : 0);
                  }, 0);
                  return (
                    <td key={year} className={styles.cell}>
                      {formatEuros(sum)}
                    </td>
                  );
                })}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </Scroller>
  );

  return (
    <section aria-label="Evenwicht" className={styles.panel}>
      <Text weight="semibold">Evenwicht per thema en per vorm van uitbuiting</Text>
      {table("Thema", themes)}
      {table("Vorm", forms)}
    </section>
  );
}
