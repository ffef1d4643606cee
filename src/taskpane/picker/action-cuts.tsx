/**
 * The current actions of Bijlage 2 by action line, each line a fold; each action with its amounts per
 * plan year as the workbook holds them, and a checkbox to cut it. The shared row "3 en 4" is one row,
 * cut once.
 */
import { Checkbox, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { formatEuros } from "../../model/money/format";
import type { Action, BudgetLine } from "../../model/schema";
import { Fold } from "./fold";
import { FoldAll } from "./fold-all";
import { shortened, WholeText } from "./long-text";
import type { PaneYear } from "./plan-years";
import type { Folds } from "./use-folds";
import { useListStyles } from "./list-styles";

const useStyles = makeStyles({
  amounts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
  },
});

/** "3 en 4" for the shared row, as the letter prints it. */
export function actionLabel(action: Action): string {
  return action.numbers.join(" en ");
}

interface ActionRowProps {
  action: Action;
  years: readonly PaneYear[];
  cut: boolean;
  onToggle(action: Action, cut: boolean): void;
}

/** Memoized: a cut re-renders its own row, not the other thirty. */
const ActionRow = memo(function ActionRow({ action, years, cut, onToggle }: ActionRowProps) {
  const list = useListStyles();
  const styles = useStyles();
  const label = actionLabel(action);
  const amountsId = `actie-${action.numbers[0]}-bedragen`;
  return (
    <div className={list.item}>
      <Checkbox
        checked={cut}
        onChange={(_, data) => onToggle(action, data.checked === true)}
        label={`Schrap ${label}. ${shortened(action.description)}`}
        aria-describedby={amountsId}
      />
      <div className={list.detail}>
        <WholeText text={action.description} of={`actie ${label}`} id={`actie-${action.numbers[0]}-tekst`} />
      </div>
      <div id={amountsId} className={mergeClasses(list.detail, styles.amounts)}>
        {years.map((year) => (
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
  years: readonly PaneYear[];
  folds: Folds;
  budgetLines: readonly BudgetLine[];
  isCut(action: Action): boolean;
  onToggle(action: Action, cut: boolean): void;
}

export function ActionCuts({ actions, years, folds, budgetLines, isCut, onToggle }: ActionCutsProps) {
  const list = useListStyles();
  const lines = budgetLines
    .filter((line) => line.actionLine !== null)
    .map((line) => ({ line, rows: actions.filter((action) => action.actionLine === line.actionLine) }));
  return (
    <>
      <FoldAll folds={folds} keys={lines.map(({ line }) => line.id)} what="actielijnen" />
      {lines.map(({ line, rows }) => (
        <Fold
          key={line.id}
          title={shortened(line.description, 60)}
          count={`${rows.length}, ${rows.filter(isCut).length} geschrapt`}
          open={folds.isOpen(line.id)}
          onToggle={(open) => folds.set(line.id, open)}
        >
          <fieldset className={list.group} aria-label={line.description}>
            {rows.map((action) => (
              <ActionRow
                key={action.numbers[0]}
                action={action}
                years={years}
                cut={isCut(action)}
                onToggle={onToggle}
              />
            ))}
          </fieldset>
        </Fold>
      ))}
    </>
  );
}
