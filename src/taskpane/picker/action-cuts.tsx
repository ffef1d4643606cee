/**
 * The current actions of Bijlage 2 by action line, each with its amounts per year as the workbook holds
 * them, and a checkbox to cut it. The shared row "3 en 4" is one row, cut once.
 */
import { Checkbox, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { formatEuros } from "../../model/money/format";
import type { Action, BudgetLine } from "../../model/schema";
import { useListStyles } from "./list-styles";

const useStyles = makeStyles({
  amounts: {
    display: "grid",
    gridTemplateColumns: "repeat(3, 1fr)",
    columnGap: tokens.spacingHorizontalS,
  },
});

/** "3 en 4" for the shared row, as the letter prints it. */
export function actionLabel(action: Action): string {
  return action.numbers.join(" en ");
}

interface ActionRowProps {
  action: Action;
  cut: boolean;
  planYears: readonly number[];
  onToggle(action: Action, cut: boolean): void;
}

/** Memoized: a cut re-renders its own row, not the other thirty. */
const ActionRow = memo(function ActionRow({ action, cut, planYears, onToggle }: ActionRowProps) {
  const list = useListStyles();
  const styles = useStyles();
  const label = actionLabel(action);
  const amountsId = `actie-${action.numbers[0]}-bedragen`;
  return (
    <div className={list.item}>
      <Checkbox
        checked={cut}
        onChange={(_, data) => onToggle(action, data.checked === true)}
        label={`Schrap ${label}. ${action.description}`}
        aria-describedby={amountsId}
      />
      <div id={amountsId} className={mergeClasses(list.detail, styles.amounts)}>
        {planYears.map((year) => (
          <Text key={year} size={200}>
            {year}: {formatEuros(action.amounts[year])}
          </Text>
        ))}
      </div>
    </div>
  );
});

interface ActionCutsProps {
  actions: readonly Action[];
  budgetLines: readonly BudgetLine[];
  planYears: readonly number[];
  isCut(action: Action): boolean;
  onToggle(action: Action, cut: boolean): void;
}

export function ActionCuts({ actions, budgetLines, planYears, isCut, onToggle }: ActionCutsProps) {
  const list = useListStyles();
  return (
    <>
      {budgetLines
        .filter((line) => line.actionLine !== null)
        .map((line) => (
          <fieldset key={line.id} className={list.group}>
            <legend className={list.legend}>{line.description}</legend>
            {actions
              .filter((action) => action.actionLine === line.actionLine)
              .map((action) => (
                <ActionRow
                  key={action.numbers[0]}
                  action={action}
                  cut={isCut(action)}
                  planYears={planYears}
                  onToggle={onToggle}
                />
              ))}
          </fieldset>
        ))}
    </>
  );
}
