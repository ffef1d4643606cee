/**
 * The canonical text of the plan being made, ready to paste into a SAMEN formula. Copying goes through
 * the clipboard where the host allows it; where it does not, the text is selected for Ctrl+C.
 */
import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  field: { flexGrow: 1, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

/** The formula the hint shows: Dutch Excel separates arguments with a semicolon. */
export function gapFormula(planText: string, year = 2024): string {
  return `=SAMEN.GAP("${planText.replace(/"/g, '""')}"; ${year})`;
}

export function PlanText({ text }: { text: string }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("Plantekst gekopieerd.");
    } catch {
      input.current?.select();
      setCopied("Kopiëren mag hier niet: de tekst is geselecteerd, druk op Ctrl+C.");
    }
  };
  if (text === "") {
    return <Text>Kies voorstellen of schrap acties: dan staat hier de tekst van het plan.</Text>;
  }
  return (
    <>
      <div className={styles.row}>
        <Field label="Plantekst" className={styles.field}>
          <Input ref={input} readOnly value={text} input={{ className: styles.code }} onFocus={() => setCopied(null)} />
        </Field>
        <Button onClick={() => void copy()}>Kopieer</Button>
      </div>
      <Text size={200} className={styles.hint}>
        In een formule: <code className={styles.code}>{gapFormula(text)}</code>
      </Text>
      {copied && (
        <Text size={200} role="status">
          {copied}
        </Text>
      )}
    </>
  );
}
