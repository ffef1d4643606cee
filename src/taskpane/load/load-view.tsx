/**
 * Model laden: the loader's safe behaviour made visible. The source: the letter, or, when the validator
 * finds a copy of Bijlage 2 in the workbook, that copy (src/load). Then what the workbook holds and how it
 * differs from the model (nothing written), then a load that overwrites the officer's edits only with
 * explicit consent, a progress indicator while it runs, and what was created, updated or left alone.
 */
import {
  Badge,
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { PaneWorkbook } from "../workbook";
import type { LoadPlan, PartState } from "../../excel/load-model";
import type { CopyOffer, LoadSource } from "../../load/load-source";

const STATE_BADGES: Record<PartState, { label: string; color: "success" | "warning" | "informative" | "danger" }> = {
  missing: { label: "ontbreekt", color: "informative" },
  same: { label: "in orde", color: "success" },
  edited: { label: "gewijzigd", color: "warning" },
  conflict: { label: "blijft staan", color: "danger" },
};

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  item: { display: "flex", flexDirection: "column", gap: "2px" },
  title: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** The source's own words in the texts that name it. */
const SOURCE_NAMES: Record<LoadSource, string> = { brief: "de brief", werkmap: "de kopie van Bijlage 2" };

function SourceChoice({
  copy,
  source,
  onChange,
}: {
  copy: Exclude<CopyOffer, { kind: "none" }>;
  source: LoadSource;
  onChange: (source: LoadSource) => void;
}) {
  return (
    <Field label="Het model komt">
      <RadioGroup value={source} onChange={(_, data) => onChange(data.value as LoadSource)}>
        <Radio value="brief" label="Uit de brief (2 februari 2024)" />
        <Radio
          value="werkmap"
          label={
            copy.kind === "model"
              ? `Uit deze werkmap: de kopie van Bijlage 2 (${copy.description})`
              : "Uit deze werkmap: de kopie van Bijlage 2"
          }
        />
      </RadioGroup>
    </Field>
  );
}

export function LoadView({ workbook }: { workbook: PaneWorkbook }) {
  const styles = useStyles();
  const [copy, setCopy] = useState<CopyOffer>({ kind: "none" });
  const [source, setSource] = useState<LoadSource>("brief");
  const [preview, setPreview] = useState<LoadPlan | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [running, setRunning] = useState(false);
  const [summary, setSummary] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const findCopy = useCallback(async () => {
    const found = await workbook.findCopy();
    if (found.ok) setCopy(found.value);
  }, [workbook]);
  useEffect(() => void findCopy(), [findCopy]);

  const refused = source === "werkmap" && copy.kind === "refused";
  const inspect = useCallback(async () => {
    if (refused) return;
    const result = await (source === "brief" ? workbook.planLoad() : workbook.planLoad(source));
    if (result.ok) setPreview(result.value);
    else setError(result.message);
  }, [workbook, source, refused]);
  useEffect(() => void inspect(), [inspect]);

  const chooseSource = (chosen: LoadSource) => {
    setPreview(null);
    setError(null);
    setSummary(null);
    setOverwrite(false);
    setSource(chosen);
  };

  const load = async () => {
    setRunning(true);
    setError(null);
    setSummary(null);
    const result = await workbook.loadModel(
      source === "brief" ? { overwriteEdits: overwrite } : { overwriteEdits: overwrite, source },
    );
    setRunning(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setSummary(result.value.lines);
    setOverwrite(false);
    await Promise.all([inspect(), findCopy(), workbook.refresh()]);
  };

  const edited = preview?.parts.filter((part) => part.state === "edited") ?? [];
  const nothingToDo =
    preview !== null && preview.parts.every((part) => part.state !== "missing" && part.state !== "edited");
  return (
    <div className={styles.view}>
      <Text as="h2" weight="semibold" size={400}>
        Model laden
      </Text>
      <Text>
        {source === "brief"
          ? "Zet de begroting, de acties, de voorstellen en het overzicht uit de brief van 2 februari 2024 als tabellen in deze werkmap."
          : "Zet de begroting, de acties, de voorstellen en het overzicht uit de kopie van Bijlage 2 als tabellen in deze werkmap; de kopie zelf blijft zoals ze is."}{" "}
        Bestaande tabellen worden eerst vergeleken; uw wijzigingen blijven staan tenzij u kiest ze te overschrijven.
      </Text>
      {copy.kind !== "none" && <SourceChoice copy={copy} source={source} onChange={chooseSource} />}
      {refused && copy.kind === "refused" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <Text weight="semibold">De kopie van Bijlage 2 heeft fouten; herstel ze eerst.</Text>
            <ul aria-label="Fouten in de kopie van Bijlage 2">
              {copy.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {preview === null && !error && !refused && <ProgressBar aria-label="De werkmap wordt bekeken" />}
      {preview && (
        <section aria-labelledby="werkmap-kop">
          <Text as="h3" id="werkmap-kop" weight="semibold">
            Wat de werkmap nu bevat
          </Text>
          <ul className={styles.list}>
            {preview.parts.map((part) => (
              <li key={part.name} className={styles.item}>
                <span className={styles.title}>
                  <Text weight="semibold">{part.name}</Text>
                  <Badge appearance="tint" color={STATE_BADGES[part.state].color}>
                    {STATE_BADGES[part.state].label}
                  </Badge>
                </span>
                {part.detail && <Text size={200}>{part.detail}</Text>}
                {part.differences.length > 0 && (
                  <ul aria-label={`Wijzigingen in ${part.name}`}>
                    {part.differences.map((line) => (
                      <li key={line}>
                        <Text size={200}>{line}</Text>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {edited.length > 0 && (
        <Checkbox
          checked={overwrite}
          onChange={(_, data) => setOverwrite(data.checked === true)}
          label={`Overschrijf mijn wijzigingen in ${edited.map((part) => part.name).join(", ")} met de cijfers uit ${SOURCE_NAMES[source]}`}
        />
      )}
      {preview && (
        <Text size={200}>
          {edited.length === 0
            ? nothingToDo
              ? `Het model staat al in de werkmap zoals in ${SOURCE_NAMES[source]}.`
              : "Laden voegt toe wat ontbreekt."
            : overwrite
              ? `Laden zet de gewijzigde tabellen terug naar ${SOURCE_NAMES[source]}; scenario's blijven staan.`
              : "Laden voegt toe wat ontbreekt en laat de gewijzigde tabellen staan."}
        </Text>
      )}
      <div>
        <Button appearance="primary" onClick={() => void load()} disabled={running || preview === null}>
          {preview?.parts.some((part) => part.state !== "missing") ? "Model bijwerken" : "Model laden"}
        </Button>
      </div>
      {running && <ProgressBar aria-label="Het model wordt geladen" />}
      {running && <Text role="status">Het model wordt geladen…</Text>}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {summary && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            <Text weight="semibold">Het model is geladen.</Text>
            <ul aria-label="Wat er is gebeurd">
              {summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
