/** "Alle thema's openen" / "… sluiten": one key press instead of one per fold. */
import { Button, makeStyles } from "@fluentui/react-components";
import type { Folds } from "./use-folds";

const useStyles = makeStyles({ button: { alignSelf: "flex-start" } });

export function FoldAll({ folds, keys, what }: { folds: Folds; keys: readonly string[]; what: string }) {
  const styles = useStyles();
  const open = folds.allOpen(keys);
  return (
    <Button size="small" className={styles.button} onClick={() => folds.setAll(keys, !open)}>
      {open ? `Alle ${what} sluiten` : `Alle ${what} openen`}
    </Button>
  );
}
