/**
 * A long text shortened to what says which one it is, with the whole text one click (or key) away.
 * Bijlage 1's proposals run to a paragraph; at the pane's width the full texts made the list screens tall.
 */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";

export const SHORT_LENGTH = 90;

/** The text up to the last whole word within `length` characters, with an ellipsis when cut. */
export function shortened(text: string, length = SHORT_LENGTH): string {
  if (text.length <= length) return text;
  const end = text.lastIndexOf(" ", length);
  return `${text.slice(0, end > 0 ? end : length)} …`;
}

const useStyles = makeStyles({
  whole: { display: "block", whiteSpace: "pre-line" },
  // Fluent's Text sets display, which would outrank the hidden attribute.
  hidden: { display: "none" },
  toggle: { minWidth: "auto", paddingLeft: 0, alignSelf: "flex-start" },
  hint: { color: tokens.colorNeutralForeground2 },
});

interface WholeTextProps {
  /** The whole text; nothing is shown when its short form is the whole text. */
  text: string;
  /** What the button names, for a screen reader: "voorstel 3". */
  of: string;
  id: string;
}

/** The button "Hele tekst" and, once pressed, the text. */
export function WholeText({ text, of, id }: WholeTextProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  if (shortened(text) === text) return null;
  return (
    <>
      <Button
        size="small"
        appearance="transparent"
        className={styles.toggle}
        aria-expanded={shown}
        aria-controls={id}
        aria-label={`${shown ? "Verberg" : "Toon"} de hele tekst van ${of}`}
        onClick={() => setShown(!shown)}
      >
        {shown ? "Minder tekst" : "Hele tekst"}
      </Button>
      <Text size={200} id={id} className={shown ? styles.whole : styles.hidden} hidden={!shown}>
        {text}
      </Text>
    </>
  );
}
