/** "Alle thema's openen" / "… sluiten": one key press instead of one per fold. */
import { Button } from "@fluentui/react-components";
import type { Folds } from "./use-folds";

export function FoldAll({ folds, keys, what }: { folds: Folds; keys: readonly string[]; what: string }) {
  const open = folds.allOpen(keys);
  return (
    <Button size="small" onClick={() => folds.setAll(keys, !open)}>
      {open ? `Alle ${what} sluiten` : `Alle ${what} openen`}
    </Button>
  );
}
