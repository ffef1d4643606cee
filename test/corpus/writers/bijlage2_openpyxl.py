#!/usr/bin/python3
"""
Writes copies of Bijlage 2 (and a piece of Bijlage 1) with openpyxl, as officers build them in their own
workbooks: year headers typed, as text or as formulas, labels joined or in a column of their own, titles
in merged cells above or beside the year headers, units named in the title or in a header cell, on one
sheet or spread over several; each clean, and each with one planted fault at a known cell.

openpyxl writes formulas without cached results and strings inline: a file unlike ExcelJS's. The
figures are the letter's, transcribed below from Bijlage 2 as printed (tabs as \\t), in its units.

    /usr/bin/python3 test/corpus/writers/bijlage2_openpyxl.py OUT_DIR [NAME ...]

writes OUT_DIR/NAME.xlsx for every case (or the named ones) and OUT_DIR/manifest.json with the
findings each file must give: [rule, sheet, cell] for every planted fault, [] for a clean file.
"""
import json
import sys
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

# Bijlage 2 of the letter of 2 February 2024 (kenmerk 5155148), as printed: the summary in € mln, the
# detail tables in € x10.000; "-" and empty cells as printed. Action 20's description wraps onto a line
# of its own; the detail table of action line 5 is printed without a Totaal row.
LETTER_BIJLAGE_2 = """\
Programma Samen tegen mensenhandel (€ 2 mln.)\t2023\t2024\t2025\t2026
a. Programmakosten (apparaatsbudget)\t0,3\t0,3\t0,3\t0,3
b. No Regrets\t1,7\t-\t-\t-
c. Actielijn 1. Creëren van brede bewustwording\t-\t0,2\t0,3\t0
d. Actielijn 2. Vergroten van de meldingsbereidheid\t-\t0,15\t0,4\t0,35
e. Actielijn 3. Investeren en werken aan een betere vaststelling van slachtofferschap en bescherming van slachtoffers I\t-\t0,4\t0,2\t0
f. Actielijn 4. Verbeteren van de (bovenregionale en regionale) samenwerking\t-\t0,35\t0,3\t0,2
g. Actielijn 5. Verbetering van de informatiedeling en gegevensverwerking\t-\t0,1\t0,3\t0,1
h. Reservering voor vervolgacties 2023, 2024, 2025\t-\t0,5\t0,2\t1,05
Totaal\t2\t2\t2\t2
Actielijn 1. Creëren van brede bewustwording (€ x10.000)\t2023\t2024\t2025\t2026
1. Inventarisatie bestaande bewustwordingscampagnes.\t\t5\t\t
2. Nulmeting signaleerders.\t\t5\t\t
3 en 4. Een gerichte communicatiestrategie (in 2024 gericht op seksuele uitbuiting en in 2025 gericht op arbeids- en criminele uitbuiting).\t\t10\t10\t
5. Preventie op school\t\t\t20\t
Totaal\t0\t20\t30\t0
Actielijn 2. Vergroten van de meldingsbereidheid (€ x10.000)\t2023\t2024\t2025\t2026
6. Integratie van de informatie van de Wegwijzer mensenhandel op de vernieuwde website van CoMensha.\t\t0\t\t
7. Verkenning acties opzetten centraal online informatiepunt.\t\t0\t\t
8. Overzicht van bestaande meldpunten.\t\t5\t\t
9. Opzetten van een centraal informatiepunt.\t\t\t30\t
10. Verkenning mogelijkheid om centraal informatiepunt door te ontwikkelen tot een Nationaal Verwijzingsmechanisme mensenhandel.\t\t0\t0\t30
11. Verkenning mogelijkheid structurele inbedding van de proeftuin aangiftebereidheid.\t\t\t5\t
12. Verkenning van gerichte maatregelen tot vergroten van de verklarings- en medewerkingsbereidheid van slachtoffers van criminele uitbuiting.\t\t5\t\t
13. Vergroten bewustwording non-punishment bij eerstelijns opsporingsdiensten.\t\t5\t5\t5
Totaal\t0\t15\t40\t35
Actielijn 3. Investeren en werken aan een betere vaststelling van slachtofferschap en bescherming van slachtoffers (€ x10.000)\t2023\t2024\t2025\t2026
14. Verkenning naar mogelijkheden van loskoppelen van identificatie slachtoffers en strafproces.\t\t5\t\t
15. Landelijk overzicht opvang/hulp plek voor de zorg- en veiligheid van slachtoffers.\t\t10\t\t
16. Verkenning passend aanbod van opvang en/of hulpverlening.\t\t10\t\t
17. In beeld brengen voorwaarden voor een landelijk dekkend netwerk van zorgcoördinatoren inclusief definitie zorgcoördinator.\t\t10\t\t
18. Verwijzings-mechanisme naar opvang voor eerste 36 uur.\t\t\t20\t
19. Verkenning naar inzet ervaringsdeskundigen\t\t5\t\t
Totaal\t0\t40\t20\t0
Actielijn 4. Verbeteren van de (bovenregionale en regionale) samenwerking (€ x10.000)\t2023\t2024\t2025\t2026
20. Op bestuurlijk niveau blijvende aandacht voor de aanpak van\t\t5\t5\t5
mensenhandel en de rol van gemeenten hierin.\t\t\t\t
21. Iedere gemeente heeft beleid in de aanpak van mensenhandel.\t0\t\t\t
22. Training aandachtsfunctionaris.\t\t10\t\t
23. Tussenrapportage VNG kader.\t\t\t5\t5
24. Eenduidige definitie ketenregisseur.\t\t5\t\t
25. Kader samenwerking ketenregisseur en zorgcoördinator.\t\t10\t\t
26. Training ketenregisseur\t\t\t\t10
27. Ontwikkelen van bouwstenen op verschillende niveaus die de regionale samenwerking in de aanpak van mensenhandel ondersteunen.\t\t5\t\t
28. Doorontwikkeling barrièremiddelen.\t\t\t10\t
29. Vesturen informatie bouwstenen en doorontwikkelde barrièremodellen aan de betrokken organisaties en opnemen trainingen.\t\t\t10\t
Totaal\t0\t35\t30\t20
Actielijn 5. Verbetering van de informatiedeling en gegevensverwerking (€ x10.000)\t2023\t2024\t2025\t2026
30. Analyse van bestaande samenwerkingsconvenanten informatiedeling.\t\t10\t\t
31. Inrichten proces gegevensstromen.\t\t\t30\t
32. Doorvoering mogelijke aanpassingen\t\t\t\t10
"""

# Bijlage 1, the two tables of the theme Klantaanpak (proposals 1-5), as printed: number, proposal,
# appraisal, estimated cost (the markup <i> of the extraction dropped).
LETTER_BIJLAGE_1 = """\
Klantaanpak Meest kansrijke acties\t\tKorte toelichting eerste appreciatie\tGeschatte kosten
1\tMedia aandacht door politie en OM bij vervolgen van klanten (248b of 273g sr): vaker in de media uitleggen waarom een klant-dader wordt vervolgd.\tKent geen extra financiële kosten. Vergt wel prioritering van bestaande capaciteit.\tGeen.
2\tLandelijke actiedagen politie en OM aanpak klanten: het in de komende jaren organiseren van minimaal één landelijke actiedag per jaar op art. 248b WvS (klanten), waarbij preventief gehandeld kan worden: waarschuwen van de 'klanten' dat ze strafbaar zijn en dus awareness creëren. Aan de andere kant kan ook worden ingezet op daadwerkelijke strafrechtelijke vervolging, als de actiedagen voldoende opsporingsindicaties opleveren.\tKent geen extra financiële kosten. Vergt wel prioritering van bestaande capaciteit.\tGeen.
3\tField Lab mensenhandel inzake klantenproblematiek.\tVergt prioritering van bestaande capaciteit waarvan nog onduidelijk is of die beschikbaar is.\t€ 175.000 incidenteel

Klantaanpak Kansrijke acties\t\tGeschatte kosten\t
4\tAanpak seksadvertentiewebsites: wet- en regelgeving waaronder een leeftijdsverificatieplicht en moderatie en meldplicht.\tSluit aan bij voorstel 26 en 27.\tNog onbekend.
5\tKlant communicatie.\tGeschatte kosten komen vanuit de indiener van het voorstel. Een landelijke, effectieve, langdurige campagne is in de regel beduidend kostbaarder (naar verwachting circa €1.000.000). Aandachtspunt hierbij is doelmatigheid van de campagne.\t€ 125.000 opgevoerd maar naar verwachting circa 1 miljoen incidenteel.
"""

YEARS = (2023, 2024, 2025, 2026)
SUMMARY = "summary"


@dataclass
class Row:
    label: str  # "a", "12", "3 en 4"
    description: str
    cells: tuple  # printed cells per year: "0,15", "-", ""


@dataclass
class Table:
    key: object  # SUMMARY or the action line 1-5
    title: str  # without the unit
    unit_euros: int  # euros per printed unit
    rows: list = field(default_factory=list)
    totals: tuple = None  # printed Totaal row, None when the letter prints none


def letter_tables():
    tables = []
    for line in LETTER_BIJLAGE_2.splitlines():
        first, *cells = line.split("\t")
        first = first.strip()
        if first.startswith("Programma Samen tegen mensenhandel"):
            tables.append(Table(SUMMARY, "Programma Samen tegen mensenhandel", 1_000_000))
        elif first.startswith("Actielijn "):
            line_number = int(first.split()[1].rstrip("."))
            tables.append(Table(line_number, first.replace(" (€ x10.000)", ""), 10_000))
        elif first == "Totaal":
            tables[-1].totals = tuple(cells)
        elif tables[-1].key == SUMMARY and first[:2] in {f"{letter}." for letter in "abcdefgh"}:
            description = first[3:]
            if first[0] == "e":  # the extraction's stray "I" after "slachtoffers"
                description = description.removesuffix(" I")
            tables[-1].rows.append(Row(first[0], description, tuple(cells)))
        elif first.split(".")[0].replace(" en ", "").isdigit():
            label, description = first.split(". ", 1) if ". " in first else (first.rstrip("."), "")
            tables[-1].rows.append(Row(label, description, tuple(cells)))
        else:  # a description wrapped onto a line of its own
            tables[-1].rows[-1].description += " " + first
    return tables


def letter_proposals():
    groups = []
    for line in LETTER_BIJLAGE_1.splitlines():
        if not line.strip():
            continue
        number, text, *rest = line.split("\t")
        if number.isdigit():
            appraisal, cost = rest
            groups[-1][1].append((int(number), text, appraisal, cost))
        else:
            groups.append((number, []))
    return groups


@dataclass(frozen=True)
class Place:
    sheet: str
    row: int
    col: int


@dataclass(frozen=True)
class Unit:
    euros: int  # euros per number in the table
    text: str  # how the header names it
    where: str = "title"  # "title": after the title; "cell": a header cell of its own; "right": after the years


LETTER_UNITS = {SUMMARY: Unit(1_000_000, "(€ 2 mln.)"), **{n: Unit(10_000, "(€ x10.000)") for n in range(1, 6)}}


@dataclass(frozen=True)
class Layout:
    places: dict  # SUMMARY or action line -> Place
    labels: str = "joined"  # "joined": "a. Programmakosten"; "split": "a." | "Programmakosten"
    years: str = "numbers"  # "numbers" | "text" | "formulas" | "dates" (1-1-2024 shown as "jjjj")
    title: str = "inline"  # "inline" | "merged-inline" (over label and description) | "merged-above"
    totals: str = "typed"  # "typed" (as printed) | "formulas" (SUM)
    units: dict = field(default_factory=lambda: dict(LETTER_UNITS))
    bijlage1: Place = None


def euros_in(printed, unit_euros, table_unit):
    """A printed amount in the letter's unit, converted exactly into the table's unit."""
    if printed == "" or printed == "-":
        return None if printed == "" else "-"
    value = Decimal(printed.replace(",", ".")) * unit_euros / table_unit
    return int(value) if value == value.to_integral_value() else float(value)


class Written:
    """Where every figure of one table landed, so a fault can be planted at a known cell."""

    def __init__(self, sheet, title_cell, year_row, year_cols, rows, total_row, label_col, unit_cell):
        self.sheet, self.title_cell, self.year_row, self.year_cols = sheet, title_cell, year_row, year_cols
        self.rows, self.total_row, self.label_col, self.unit_cell = rows, total_row, label_col, unit_cell

    def cell(self, row, year):
        return f"{get_column_letter(self.year_cols[year])}{row}"

    def year_header(self, year):
        return self.cell(self.year_row, year)

    def amount(self, label, year):
        return self.cell(self.rows[label], year)

    def label(self, label):
        return f"{get_column_letter(self.label_col)}{self.rows[label]}"

    def total(self, year):
        return self.cell(self.total_row, year)


def year_header_values(layout, year_row, cols):
    if layout.years == "numbers":
        return list(YEARS)
    if layout.years == "text":
        return [" 2023", "2024", "2025 ", " 2026 "]
    if layout.years == "dates":
        return [date(year, 1, 1) for year in YEARS]
    return [2023] + [f"={get_column_letter(cols[i - 1])}{year_row}+1" for i in range(1, len(YEARS))]


def write_table(workbook, layout, table, place):
    sheet = workbook[place.sheet] if place.sheet in workbook.sheetnames else workbook.create_sheet(place.sheet)
    unit = layout.units[table.key]
    split = layout.labels == "split"
    c = place.col
    first_year = c + (2 if split else 1)
    year_cols = {year: first_year + i for i, year in enumerate(YEARS)}
    last_col = year_cols[YEARS[-1]]
    title = f"{table.title} {unit.text}" if unit.where == "title" else table.title
    title_row = place.row
    year_row = title_row + 1 if layout.title == "merged-above" else title_row
    sheet.cell(title_row, c, title)
    unit_cell = f"{get_column_letter(c)}{title_row}"
    if layout.title == "merged-above":
        sheet.merge_cells(start_row=title_row, start_column=c, end_row=title_row, end_column=last_col)
        lead = ["Regel" if table.key == SUMMARY else "Nr.", "Omschrijving"] if split else ["Omschrijving"]
        if unit.where == "cell":
            lead[0] = unit.text
            unit_cell = f"{get_column_letter(c)}{year_row}"
        for i, text in enumerate(lead):
            sheet.cell(year_row, c + i, text)
    elif split:
        if layout.title == "merged-inline":
            sheet.merge_cells(start_row=title_row, start_column=c, end_row=title_row, end_column=c + 1)
        if unit.where == "cell":
            raise ValueError("a unit cell of its own needs the header row under a merged title")
    for value, year in zip(year_header_values(layout, year_row, [year_cols[y] for y in YEARS]), YEARS):
        header = sheet.cell(year_row, year_cols[year], value)
        if layout.years == "dates":
            header.number_format = "yyyy"
    if unit.where == "right":
        sheet.cell(year_row, last_col + 1, unit.text)
        unit_cell = f"{get_column_letter(last_col + 1)}{year_row}"
    rows = {}
    row = year_row
    for line in table.rows:
        row += 1
        rows[line.label] = row
        if split:
            label = int(line.label) if line.label.isdigit() else f"{line.label}."
            sheet.cell(row, c, label)
            sheet.cell(row, c + 1, line.description)
        else:
            sheet.cell(row, c, f"{line.label}. {line.description}")
        for year, printed in zip(YEARS, line.cells):
            value = euros_in(printed, table.unit_euros, unit.euros)
            if value is not None:
                sheet.cell(row, year_cols[year], value)
    total_row = None
    if layout.totals == "formulas" or table.totals is not None:
        total_row = row + 1
        sheet.cell(total_row, c, "Totaal")
        for i, year in enumerate(YEARS):
            letter = get_column_letter(year_cols[year])
            if layout.totals == "formulas":
                value = f"=SUM({letter}{year_row + 1}:{letter}{row})"
            else:
                value = euros_in(table.totals[i], table.unit_euros, unit.euros)
            if value is not None:
                sheet.cell(total_row, year_cols[year], value)
    title_cell = f"{get_column_letter(c)}{title_row}"
    return Written(place.sheet, title_cell, year_row, year_cols, rows, total_row, c, unit_cell)


def write_bijlage1(workbook, place):
    sheet = workbook.create_sheet(place.sheet)
    costs = {}
    row = place.row
    for title, proposals in letter_proposals():
        # The second header of the letter's extraction has "Geschatte kosten" one column early; an
        # officer's copy has it above the costs.
        for offset, text in ((0, title), (2, "Korte toelichting eerste appreciatie"), (3, "Geschatte kosten")):
            sheet.cell(row, place.col + offset, text)
        for number, text, appraisal, cost in proposals:
            row += 1
            for offset, value in enumerate((number, text, appraisal, cost)):
                sheet.cell(row, place.col + offset, value)
            costs[number] = f"{get_column_letter(place.col + 3)}{row}"
        row += 2
    return costs


def build(layout):
    workbook = Workbook()
    workbook.remove(workbook.active)
    written = {table.key: write_table(workbook, layout, table, layout.places[table.key]) for table in letter_tables()}
    costs = write_bijlage1(workbook, layout.bijlage1) if layout.bijlage1 else {}
    return workbook, written, costs


def stacked(sheet, col, first_row, heights_of_layout):
    """Places the six tables one under the other with two empty rows between."""
    places, row = {}, first_row
    for key, height in heights_of_layout:
        places[key] = Place(sheet, row, col)
        row += height + 2
    return places


def heights(title_rows, totals):
    """Rows each table takes: title (and header) rows, body, Totaal."""
    return [
        (table.key, title_rows + len(table.rows) + (1 if totals == "formulas" or table.totals else 0))
        for table in letter_tables()
    ]


LETTER_AS_PRINTED = Layout(places=stacked("Bijlage 2", 2, 2, heights(1, "typed")))
YEAR_FORMULAS = Layout(
    places=stacked("Bijlage 2", 1, 3, heights(1, "formulas")), years="formulas", totals="formulas"
)
COLUMNS = Layout(
    places=stacked("Financieel overzicht", 2, 2, heights(2, "typed")),
    labels="split",
    years="text",
    title="merged-above",
    units={**LETTER_UNITS, SUMMARY: Unit(1_000_000, "€ mln", "cell")},
    bijlage1=Place("Bijlage 1", 1, 1),
)
SPREAD = Layout(
    places={
        SUMMARY: Place("Samenvatting", 4, 3),
        1: Place("Actielijnen 1-2", 2, 2),
        2: Place("Actielijnen 1-2", 2, 9),
        **{
            key: place
            for key, place in stacked("Actielijnen 3-5", 1, 3, heights(1, "formulas")).items()
            if key in (3, 4, 5)
        },
    },
    labels="split",
    years="formulas",
    title="merged-inline",
    totals="formulas",
    units={
        **LETTER_UNITS,
        SUMMARY: Unit(1, "(in euro's)"),
        1: Unit(1_000, "(x € 1.000)"),
        2: Unit(1_000, "(x € 1.000)"),
    },
)
UNITS_IN_CELLS = Layout(
    places=stacked("Overzicht", 3, 2, heights(2, "formulas")),
    title="merged-above",
    totals="formulas",
    units={
        SUMMARY: Unit(1_000, "x € 1.000", "cell"),
        **{n: Unit(1, "in euro's", "cell") for n in range(1, 6)},
    },
)

DATES_AND_UNITS_RIGHT = Layout(
    places=stacked("Begroting 2023-2026", 2, 4, heights(1, "typed")),
    years="dates",
    units={
        SUMMARY: Unit(1_000_000, "€ mln", "right"),
        **{n: Unit(10_000, "x € 10.000", "right") for n in range(1, 6)},
    },
)


def on(written, key, cell):
    return [written[key].sheet, cell]


def plant(workbook, written, key, cell, value):
    workbook[written[key].sheet][cell] = value


def one_cell(workbook, written, rule, key, cell, value):
    """A fault in one cell that its rule reports at that same cell."""
    plant(workbook, written, key, cell, value)
    return [[rule, *on(written, key, cell)]]


def unit_value(written_layout, key, printed_in_letter_unit):
    table_unit = written_layout.units[key].euros
    letter_unit = LETTER_UNITS[key].euros
    return euros_in(printed_in_letter_unit, letter_unit, table_unit)


@dataclass(frozen=True)
class Case:
    name: str
    layout: Layout
    fault: object = None  # (workbook, written, costs, layout) -> expected findings
    # Where a writer that stores cached results changes what the validator can know.
    expect_when_cached: object = None


def fault_year_total(wb, w, costs, layout):
    plant(wb, w, SUMMARY, w[SUMMARY].total(2024), unit_value(layout, SUMMARY, "2,1"))
    return [["year-total", *on(w, SUMMARY, w[SUMMARY].total(2024))]]


def fault_budget_frame(wb, w, costs, layout):
    plant(wb, w, SUMMARY, w[SUMMARY].amount("a", 2024), unit_value(layout, SUMMARY, "0,4"))
    plant(wb, w, SUMMARY, w[SUMMARY].total(2024), unit_value(layout, SUMMARY, "2,1"))
    return [["budget-frame", *on(w, SUMMARY, w[SUMMARY].total(2024))]]


def fault_detail_summary(wb, w, costs, layout):
    plant(wb, w, 2, w[2].amount("9", 2025), unit_value(layout, 2, "40"))
    plant(wb, w, 2, w[2].total(2025), unit_value(layout, 2, "50"))
    return [["detail-summary", *on(w, 2, w[2].total(2025))]]


def fault_number_as_text(wb, w, costs, layout):
    return one_cell(wb, w, "number-as-text", SUMMARY, w[SUMMARY].amount("d", 2025), "0,4")


def fault_not_a_number(wb, w, costs, layout):
    return one_cell(wb, w, "not-a-number", 2, w[2].amount("9", 2025), "dertig")


def fault_negative_amount(wb, w, costs, layout):
    plant(wb, w, 4, w[4].amount("23", 2026), unit_value(layout, 4, "-5"))
    plant(wb, w, 4, w[4].amount("20", 2026), unit_value(layout, 4, "15"))
    return [["negative-amount", *on(w, 4, w[4].amount("23", 2026))]]


def fault_formula_range(wb, w, costs, layout):
    table = w[SUMMARY]
    letter = get_column_letter(table.year_cols[2024])
    plant(wb, w, SUMMARY, table.total(2024), f"=SUM({letter}{table.year_row + 1}:{letter}{table.total_row - 2})")
    cell = on(w, SUMMARY, table.total(2024))
    return [["formula-range", *cell], ["year-total", *cell]]


def fault_hardcoded_total(wb, w, costs, layout):
    return one_cell(wb, w, "hardcoded-total", 4, w[4].total(2025), unit_value(layout, 4, "30"))


def fault_formula_error(wb, w, costs, layout):
    return one_cell(wb, w, "formula-error", SUMMARY, w[SUMMARY].amount("b", 2023), "=SUM(#REF!)")


def fault_duplicate_action(wb, w, costs, layout):
    label = 31 if layout.labels == "split" else "31. Doorvoering mogelijke aanpassingen"
    return one_cell(wb, w, "duplicate-action", 5, w[5].label("32"), label)


def fault_action_numbering(wb, w, costs, layout):
    label = 33 if layout.labels == "split" else "33. Doorvoering mogelijke aanpassingen"
    return one_cell(wb, w, "action-numbering", 5, w[5].label("32"), label)


def fault_year_columns(wb, w, costs, layout):
    table = w[1]
    # The 2026 header repeats 2025: "=E2+1" became "=E2".
    plant(wb, w, 1, table.year_header(2026), f"={table.year_header(2025)}")
    return [["year-columns", *on(w, 1, table.year_header(2026))]]


def fault_missing_table(wb, w, costs, layout):
    plant(wb, w, 5, w[5].title_cell, "Informatiedeling en gegevensverwerking")
    return [["missing-table", *on(w, SUMMARY, w[SUMMARY].label("g"))]]


def fault_proposal_cost(wb, w, costs, layout):
    wb[layout.bijlage1.sheet][costs[3]] = "ongeveer een ton"
    return [["proposal-cost", layout.bijlage1.sheet, costs[3]]]


def fault_header_formula(wb, w, costs, layout):
    return one_cell(wb, w, "table-header", 3, w[3].year_header(2025), "=YEAR(DATE(2025,1,1))")


def fault_unknown_unit(wb, w, costs, layout):
    return one_cell(wb, w, "table-header", SUMMARY, w[SUMMARY].unit_cell, "in honderden euro's")


CASES = [
    Case("schoon-brief", LETTER_AS_PRINTED),
    Case("schoon-jaarformules", YEAR_FORMULAS),
    Case("schoon-kolommen", COLUMNS),
    Case("schoon-verspreid", SPREAD),
    Case("schoon-eenheden", UNITS_IN_CELLS),
    Case("schoon-datumjaren", DATES_AND_UNITS_RIGHT),
    Case("fout-year-total", DATES_AND_UNITS_RIGHT, fault_year_total),
    Case("fout-budget-frame", COLUMNS, fault_budget_frame),
    Case("fout-detail-summary", LETTER_AS_PRINTED, fault_detail_summary),
    Case("fout-number-as-text", LETTER_AS_PRINTED, fault_number_as_text),
    Case("fout-not-a-number", COLUMNS, fault_not_a_number),
    Case("fout-negative-amount", SPREAD, fault_negative_amount),
    Case("fout-formula-range", YEAR_FORMULAS, fault_formula_range),
    Case("fout-hardcoded-total", SPREAD, fault_hardcoded_total),
    Case("fout-formula-error", LETTER_AS_PRINTED, fault_formula_error),
    Case("fout-duplicate-action", COLUMNS, fault_duplicate_action),
    Case("fout-action-numbering", LETTER_AS_PRINTED, fault_action_numbering),
    Case("fout-year-columns", YEAR_FORMULAS, fault_year_columns),
    Case("fout-missing-table", SPREAD, fault_missing_table),
    Case("fout-proposal-cost", COLUMNS, fault_proposal_cost),
    # Without a cached result the validator cannot compute YEAR(DATE(…)): the table is left unjudged.
    # A writer that stores the result (LibreOffice) gives 2025, and the file is clean.
    Case("fout-table-header-formule", YEAR_FORMULAS, fault_header_formula, expect_when_cached=[]),
    Case("fout-table-header-eenheid", UNITS_IN_CELLS, fault_unknown_unit),
]


def main(argv):
    if not argv:
        sys.exit(__doc__)
    out = Path(argv[0])
    only = set(argv[1:])
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for case in CASES:
        workbook, written, costs = build(case.layout)
        expect = case.fault(workbook, written, costs, case.layout) if case.fault else []
        entry = {"file": f"{case.name}.xlsx", "expect": expect}
        if case.expect_when_cached is not None:
            entry["expectWhenCached"] = case.expect_when_cached
        manifest.append(entry)
        if not only or case.name in only:
            workbook.save(out / f"{case.name}.xlsx")
    (out / "manifest.json").write_text(json.dumps({"files": manifest}, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
