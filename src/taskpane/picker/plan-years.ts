/**
 * The plan years the Voorstellen view shows, one tile or column each: the workbook's horizon as the
 * model reads it from the Kader table (docs/contracts/horizon.md). The one place the pane learns its
 * years; every component takes them as data.
 */
import type { PlanQueries } from "../../model/functions/queries";

export type PaneYear = number;

export function usePlanYears(queries: PlanQueries): readonly PaneYear[] {
  return queries.horizon.planYears;
}
