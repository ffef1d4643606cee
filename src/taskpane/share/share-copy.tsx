/**
 * "Deelbare kopie" in the pane: the same command as the ribbon's button, with its outcome (also of a
 * ribbon click) in words: how many SAMEN formulas became values, or why no copy came.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ShareOutcome } from "../../runtime/shareable-copy";
import type { PaneWorkbook } from "../workbook";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
  },
  button: { alignSelf: "flex-start" },
});

function doneText(replaced: number): string {
  if (replaced === 0) return "De kopie is geopend als nieuwe werkmap; deze werkmap heeft geen SAMEN-formules.";
  const formulas =
    replaced === 1
      ? "1 SAMEN-formule is vervangen door haar waarde"
      : `${replaced} SAMEN-formules zijn vervangen door hun waarden`;
  return `De kopie is geopend als nieuwe werkmap: ${formulas}. Sla haar op onder een eigen naam.`;
}

export function ShareCopy({ workbook }: { workbook: PaneWorkbook }) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState<ShareOutcome | undefined>(undefined);
  useEffect(() => workbook.watchShareableCopy(setOutcome), [workbook]);
  const busy = outcome?.state === "busy";
  return (
    <section aria-label="Deelbare kopie" className={styles.root}>
      <Button
        className={styles.button}
        disabled={busy}
        onClick={() => void workbook.makeShareableCopy()}
        title="Een kopie waarin elke SAMEN-formule haar waarde is, voor wie Samen niet heeft; deze werkmap blijft zoals hij is."
      >
        Deelbare kopie
      </Button>
      {busy && <Spinner size="tiny" label="De kopie wordt gemaakt…" />}
      {outcome?.state === "done" && (
        <MessageBar intent={outcome.result.ok ? "success" : "error"} role={outcome.result.ok ? "status" : "alert"}>
          <MessageBarBody>
            {outcome.result.ok ? doneText(outcome.result.value.replaced) : `Geen kopie: ${outcome.result.message}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
