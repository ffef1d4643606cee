/**
 * The requirements (`eisen`) of Dekking zoeken as the officer types them, in FIT's own grammar, with
 * "elk thema minstens één voorstel" as one click; a text that cannot be read says where, as it is typed.
 */
import { Button, Field, Input } from "@fluentui/react-components";
import { parseRequirements } from "../../model/requirements/requirement-text";

export const EVERY_THEME = "per thema 1";

/** The text with `part` added as its own requirement, unless it holds it already. */
export function withRequirement(text: string, part: string): string {
  const parts = text
    .split(";")
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "");
  return parts.some((piece) => piece.toLowerCase() === part) ? parts.join("; ") : [...parts, part].join("; ");
}

export function RequirementsField({ value, onChange }: { value: string; onChange(text: string): void }) {
  const reading = parseRequirements(value);
  return (
    <>
      <Field
        label="Eisen"
        hint='Bijvoorbeeld "per thema 1; vorm arbeidsuitbuiting 1; vast 9; 24 met 23; hoogstens 1 van 11, 31".'
        validationState={reading.ok ? "none" : "error"}
        validationMessage={reading.ok ? undefined : reading.error.message}
      >
        <Input value={value} onChange={(_, data) => onChange(data.value)} />
      </Field>
      <div>
        <Button onClick={() => onChange(withRequirement(value, EVERY_THEME))}>Elk thema minstens één voorstel</Button>
      </div>
    </>
  );
}
