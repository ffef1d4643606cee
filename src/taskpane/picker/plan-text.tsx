/**
 * The canonical text of the plan being made, ready to paste into a SAMEN formula. Copying goes through
 * the clipboard where the host allows it; where it does not, the text is selected for Ctrl+C.
 */
/* global navigator -- the task pane runs in the browser; the lint config knows only Office's globals */
import { Button, Field, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useRef, useState, type ComponentRef } from "react";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

/** The formula the hint shows, for the first plan year: Dutch Excel separates arguments with a semicolon. */
export function gapFormula(planText: string, year: number): string {
  return `=SAMEN.GAP("${planText.replace(/"/g, '""')}"; ${year})`;
}

export function PlanText({ text, year }: { text: string; year: number }) {
  const styles = useStyles();
  const field = useRef<ComponentRef<"textarea">>(null);
  const [copied, setCopied] = useState("");
  const copy = async (what: string, done: string) => {
    try {
      await navigator.clipboard.writeText(what);
      setCopied(done);
    } catch {
      field.current?.select();
      setCopied("Kopiëren mag hier niet: de plantekst is geselecteerd, druk op Ctrl+C.");
    }
  };
  if (text === "") {
    return <Text>Kies voorstellen of schrap acties: dan staat hier de tekst van het plan.</Text>;
  }
  const formula = gapFormula(text, year);
  // Tall enough for the whole text at the pane's width (about 32 monospace characters a line).
  const rows = Math.min(6, Math.max(1, Math.ceil(text.length / 32)));
  return (
    <>
      <Field label="Plantekst">
        <Textarea
          ref={field}
          readOnly
          value={text}
          rows={rows}
          resize="vertical"
          textarea={{ className: styles.code }}
        />
      </Field>
      <div className={styles.buttons}>
        <Button onClick={() => void copy(text, "Plantekst gekopieerd.")}>Kopieer tekst</Button>
        <Button onClick={() => void copy(formula, "Formule gekopieerd.")}>Kopieer formule</Button>
      </div>
      <Text size={200} className={styles.hint}>
        In een formule: <code className={styles.code}>{formula}</code>
      </Text>
      <Text size={200} role="status">
        {copied}
      </Text>
    </>
  );
}
