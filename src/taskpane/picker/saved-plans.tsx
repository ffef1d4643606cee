/** The plans saved in the workbook: open, rename (inline) and delete (after a second click). */
import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";

/** A saved plan as the list shows it: its name and its canonical text. */
export interface SavedPlanEntry {
  name: string;
  text: string;
}

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, padding: "4px 0" },
  name: { flexGrow: 1, flexBasis: "100%", overflowWrap: "anywhere" },
  text: { color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyMonospace },
});

interface SavedPlansProps {
  plans: readonly SavedPlanEntry[];
  onOpen(name: string): void;
  onRename(from: string, to: string): Promise<boolean>;
  onDelete(name: string): Promise<void>;
}

export function SavedPlans({ plans, onOpen, onRename, onDelete }: SavedPlansProps) {
  const styles = useStyles();
  const [renaming, setRenaming] = useState<{ from: string; to: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  if (plans.length === 0) return <Text>Er zijn nog geen plannen bewaard.</Text>;
  return (
    <ul className={styles.list} aria-label="Bewaarde plannen">
      {plans.map((plan) => (
        <li key={plan.name} className={styles.item}>
          {renaming?.from === plan.name ? (
            <form
              className={styles.item}
              onSubmit={(event) => {
                event.preventDefault();
                void onRename(renaming.from, renaming.to).then((done) => done && setRenaming(null));
              }}
            >
              <Field label={`Nieuwe naam voor ${plan.name}`}>
                <Input value={renaming.to} onChange={(_, data) => setRenaming({ ...renaming, to: data.value })} />
              </Field>
              <Button type="submit" appearance="primary">
                Naam opslaan
              </Button>
              <Button onClick={() => setRenaming(null)}>Annuleren</Button>
            </form>
          ) : (
            <>
              <Text className={styles.name}>
                {plan.name}: <span className={styles.text}>{plan.text}</span>
              </Text>
              <Button size="small" onClick={() => onOpen(plan.name)} aria-label={`Openen: plan ${plan.name}`}>
                Openen
              </Button>
              <Button
                size="small"
                onClick={() => setRenaming({ from: plan.name, to: plan.name })}
                aria-label={`Hernoemen: plan ${plan.name}`}
              >
                Hernoemen
              </Button>
              {deleting === plan.name ? (
                <>
                  <Button
                    size="small"
                    appearance="primary"
                    onClick={() => void onDelete(plan.name).then(() => setDeleting(null))}
                  >
                    Ja, verwijder {plan.name}
                  </Button>
                  <Button size="small" onClick={() => setDeleting(null)}>
                    Annuleren
                  </Button>
                </>
              ) : (
                <Button
                  size="small"
                  onClick={() => setDeleting(plan.name)}
                  aria-label={`Verwijderen: plan ${plan.name}`}
                >
                  Verwijderen
                </Button>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
