/**
 * The plan years the Voorstellen view shows, one column (or tile) each, as the model's plan queries give
 * them: the one place where the pane learns the years, so every component takes them as data
 * (docs/contracts/horizon.md).
 */
import { useMemo } from "react";
import type { PlanQueries } from "../../model/functions/queries";
import type { ScenarioYear } from "../../model/horizon/years";
import { EMPTY_PLAN } from "./plan-edits";

export type PaneYear = ScenarioYear;

export function usePlanYears(queries: PlanQueries): readonly PaneYear[] {
  return useMemo(() => queries.figures(EMPTY_PLAN).years.map(({ year }) => year), [queries]);
}
