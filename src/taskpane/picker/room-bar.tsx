/**
 * The plan's room per plan year, kept in view at the top of the pane while the officer works far down
 * the lists (sticky). One tile per year that wraps: six years read in two rows at 350 px, no sideways
 * scrolling for the figure she watches most.
 */
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { formatEuros } from "../../model/money/format";
import type { PlanYear } from "../../model/functions/queries";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXS} 0`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  tiles: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
  },
  tile: { display: "flex", flexDirection: "column", margin: 0 },
  year: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  amount: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  shortfall: { color: tokens.colorPaletteRedForeground1 },
});

interface RoomBarProps {
  years: readonly PlanYear[];
  /** "3 voorstellen gekozen, 1 actie geschrapt." */
  summary: string;
}

export function RoomBar({ years, summary }: RoomBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label="Ruimte per jaar">
      <Text size={200} role="status" aria-live="polite" data-testid="samenvatting">
        {summary} Ruimte {years[0].year}: {formatEuros(years[0].gap)}.
      </Text>
      <dl className={styles.tiles}>
        {years.map(({ year, gap }) => (
          <div key={year} className={styles.tile}>
            <dt className={styles.year}>Ruimte {year}</dt>
            <dd className={mergeClasses(styles.amount, gap < 0 && styles.shortfall)} data-testid={`gap-${year}`}>
              {formatEuros(gap)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
