/**
 * Voorstellen: compose a scenario of proposals and see, as you choose, what it costs against the
 * reserve. The figures come from the core (selectionTotals), the saved scenarios from the workbook.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { formatEuros } from "../../model/format";
import type { EstimateEnd, PlanQueries } from "../../model/queries";
import { BUILT_IN_PLANS, normalizePlanName, savedPlanText } from "../../model/plans";
import { PRIORITIES, type Priority, type SavedPlan } from "../../model/schema";
import { DEFAULT_START_YEAR, SCENARIO_YEARS, type ScenarioYear } from "../../model/years";
import type { Result } from "../../model/result";
import type { PaneWorkbook } from "../workbook";
import { ProposalList } from "./proposal-list";
import { SavedScenarios } from "./saved-scenarios";
import { CostChart, TotalsTable } from "./totals-panel";
import { selectionTotals } from "./totals";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const SHORTCUT_LABELS: Record<(typeof BUILT_IN_PLANS)[number], string> = {
  "meest kansrijk": "Meest kansrijk",
  kansrijk: "Kansrijk",
  alle: "Alle voorstellen",
};

type PriorityFilter = Priority | "alle";
type Notice = { intent: "success" | "error"; text: string } | null;

/** Some proposals run to a paragraph; the list only has to say which one. */
function shortened(text: string, length = 90): string {
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(" ", length))} …`;
}

function matches(text: string, search: string): boolean {
  return text.toLowerCase().includes(search.trim().toLowerCase());
}

export function PickerView({ queries, workbook }: { queries: PlanQueries; workbook: PaneWorkbook }) {
  const styles = useStyles();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [startYear, setStartYear] = useState<ScenarioYear>(DEFAULT_START_YEAR);
  const [estimate, setEstimate] = useState<EstimateEnd>("laag");
  const [priority, setPriority] = useState<PriorityFilter>("alle");
  const [search, setSearch] = useState("");
  const [saved, setSaved] = useState<SavedPlan[]>([]);
  const [name, setName] = useState("");
  const [notice, setNotice] = useState<Notice>(null);

  const reload = useCallback(async () => {
    const result = await workbook.readScenarios();
    if (result.ok) setSaved(result.value);
    else setNotice({ intent: "error", text: result.message });
  }, [workbook]);
  useEffect(() => void reload(), [reload]);

  const proposals = queries.costedProposals();
  const visible = proposals.filter(
    ({ proposal }) =>
      (priority === "alle" || proposal.priority === priority) &&
      (search.trim() === "" ||
        matches(`${proposal.number} ${proposal.text} ${proposal.theme} ${proposal.costText}`, search)),
  );
  const totals = useMemo(
    () => selectionTotals(queries, selected, startYear, estimate),
    [queries, selected, startYear, estimate],
  );
  const withoutEstimate = totals.unknown.map((number) => proposals.find((e) => e.proposal.number === number)!);
  const firstYear = totals.years[0];

  const toggle = (number: number, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(number);
    else next.delete(number);
    setSelected(next);
  };
  const pickBuiltIn = (scenario: string) => {
    const resolved = queries.resolvePlan(scenario);
    if (resolved.ok) setSelected(new Set(resolved.value.proposals.map((proposal) => proposal.number)));
    setStartYear(DEFAULT_START_YEAR);
  };
  const report = async (result: Result<void>, success: string): Promise<boolean> => {
    if (!result.ok) {
      setNotice({ intent: "error", text: result.message });
      return false;
    }
    setNotice({ intent: "success", text: success });
    await Promise.all([reload(), workbook.refresh()]);
    return true;
  };
  const save = async () => {
    const scenario = queries.savedPlanOf(name.trim(), totals.plan);
    const replaces = saved.some((entry) => normalizePlanName(entry.name) === normalizePlanName(scenario.name));
    const verb = replaces ? "vervangen" : "bewaard";
    await report(
      await workbook.saveScenario(scenario),
      `Scenario "${scenario.name}" is ${verb} in de tabel Scenarios (${selected.size} voorstellen).`,
    );
  };

  return (
    <div className={styles.view}>
      <section className={styles.section} aria-labelledby="keuze-kop">
        <Text as="h2" id="keuze-kop" weight="semibold" size={400}>
          Keuze en tekort
        </Text>
        <div className={styles.row} role="group" aria-label="Vaste scenario's">
          {BUILT_IN_PLANS.map((scenario) => (
            <Button key={scenario} onClick={() => pickBuiltIn(scenario)}>
              {SHORTCUT_LABELS[scenario]}
            </Button>
          ))}
          <Button onClick={() => setSelected(new Set())}>Niets</Button>
        </div>
        <div className={styles.row}>
          <Field label="Startjaar">
            <Select value={String(startYear)} onChange={(_, data) => setStartYear(Number(data.value) as ScenarioYear)}>
              {SCENARIO_YEARS.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Raming">
            <RadioGroup
              layout="horizontal"
              value={estimate}
              onChange={(_, data) => setEstimate(data.value as EstimateEnd)}
            >
              <Radio value="laag" label="Laag" />
              <Radio value="hoog" label="Hoog" />
            </RadioGroup>
          </Field>
        </div>
        <Text role="status" aria-live="polite" data-testid="samenvatting">
          {selected.size} voorstellen gekozen. Ruimte {firstYear.year}: {formatEuros(firstYear.gap)}.
        </Text>
        <TotalsTable years={totals.years} />
        <CostChart years={totals.years} />
        {withoutEstimate.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <Text weight="semibold">Gekozen voorstellen zonder raming (niet meegeteld):</Text>
              <ul aria-label="Gekozen voorstellen zonder raming">
                {withoutEstimate.map(({ proposal }) => (
                  <li key={proposal.number}>
                    {proposal.number}. {shortened(proposal.text)} ({proposal.costText})
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={styles.section} aria-labelledby="bewaren-kop">
        <Text as="h2" id="bewaren-kop" weight="semibold" size={400}>
          Scenario's in de werkmap
        </Text>
        <form
          className={styles.row}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Field label="Naam van het scenario">
            <Input value={name} onChange={(_, data) => setName(data.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={selected.size === 0}>
            Bewaar als scenario
          </Button>
        </form>
        {notice && (
          <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        <SavedScenarios
          scenarios={saved}
          onOpen={(scenario) => {
            const resolved = queries.resolvePlan(savedPlanText(scenario));
            if (!resolved.ok) {
              setNotice({ intent: "error", text: resolved.message });
              return;
            }
            const proposals = resolved.value.proposals;
            setSelected(new Set(proposals.map((proposal) => proposal.number)));
            setStartYear(proposals[0]?.startYear ?? DEFAULT_START_YEAR);
            setName(scenario.name);
          }}
          onRename={async (from, to) =>
            report(await workbook.renameScenario(from, to), `Scenario "${from}" heet nu "${to.trim()}".`)
          }
          onDelete={async (scenario) => {
            await report(await workbook.deleteScenario(scenario), `Scenario "${scenario}" is verwijderd.`);
          }}
        />
      </section>

      <section className={styles.section} aria-labelledby="voorstellen-kop">
        <Text as="h2" id="voorstellen-kop" weight="semibold" size={400}>
          Voorstellen (Bijlage 1)
        </Text>
        <div className={styles.row}>
          <Field label="Zoeken">
            <Input type="search" value={search} onChange={(_, data) => setSearch(data.value)} />
          </Field>
          <Field label="Prioriteit">
            <RadioGroup
              layout="horizontal"
              value={priority}
              onChange={(_, data) => setPriority(data.value as PriorityFilter)}
            >
              <Radio value="alle" label="Alle" />
              {PRIORITIES.map((value) => (
                <Radio key={value} value={value} label={value} />
              ))}
            </RadioGroup>
          </Field>
        </div>
        <ProposalList proposals={visible} selected={selected} onToggle={toggle} />
      </section>
    </div>
  );
}
