/** The scenarios saved in the workbook: open, rename (inline) and delete (after a second click). */
import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { savedPlanText } from "../../model/plans";
import type { SavedPlan } from "../../model/schema";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, padding: "4px 0" },
  name: { flexGrow: 1 },
});

interface SavedScenariosProps {
  scenarios: SavedPlan[];
  onOpen(scenario: SavedPlan): void;
  onRename(from: string, to: string): Promise<boolean>;
  onDelete(name: string): Promise<void>;
}

export function SavedScenarios({ scenarios, onOpen, onRename, onDelete }: SavedScenariosProps) {
  const styles = useStyles();
  const [renaming, setRenaming] = useState<{ from: string; to: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  if (scenarios.length === 0) return <Text>Er zijn nog geen scenario's bewaard.</Text>;
  return (
    <ul className={styles.list} aria-label="Bewaarde scenario's">
      {scenarios.map((scenario) => (
        <li key={scenario.name} className={styles.item}>
          {renaming?.from === scenario.name ? (
            <form
              className={styles.item}
              onSubmit={(event) => {
                event.preventDefault();
                void onRename(renaming.from, renaming.to).then((done) => done && setRenaming(null));
              }}
            >
              <Field label={`Nieuwe naam voor ${scenario.name}`}>
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
                {scenario.name} ({savedPlanText(scenario)})
              </Text>
              <Button size="small" onClick={() => onOpen(scenario)} aria-label={`Openen: scenario ${scenario.name}`}>
                Openen
              </Button>
              <Button
                size="small"
                onClick={() => setRenaming({ from: scenario.name, to: scenario.name })}
                aria-label={`Hernoemen: scenario ${scenario.name}`}
              >
                Hernoemen
              </Button>
              {deleting === scenario.name ? (
                <>
                  <Button
                    size="small"
                    appearance="primary"
                    onClick={() => void onDelete(scenario.name).then(() => setDeleting(null))}
                  >
                    Ja, verwijder {scenario.name}
                  </Button>
                  <Button size="small" onClick={() => setDeleting(null)}>
                    Annuleren
                  </Button>
                </>
              ) : (
                <Button
                  size="small"
                  onClick={() => setDeleting(scenario.name)}
                  aria-label={`Verwijderen: scenario ${scenario.name}`}
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
