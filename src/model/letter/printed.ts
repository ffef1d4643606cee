/**
 * The letter of 2 February 2024 (kenmerk 5155148), transcribed as printed: Bijlage 2 in its own units
 * (€ mln and € x10.000, "-" and blank cells kept as printed) and Bijlage 1 with the cost text verbatim.
 * plan.ts converts this to whole euros; nothing else reads it.
 */
import type { Priority, Theme } from "../schema";

export const LETTER = { date: "2 februari 2024", reference: "5155148" } as const;

/** Printed cells for 2023, 2024, 2025 and 2026. */
export type PrintedYears = readonly [string, string, string, string];

export const SUMMARY_TABLE = "Programma Samen tegen mensenhandel (€ 2 mln.)";

/** Bijlage 2, first table, in € mln. */
export const SUMMARY_ROWS: ReadonlyArray<{
  id: string;
  description: string;
  actionLine: number | null;
  cells: PrintedYears;
}> = [
  { id: "a", description: "Programmakosten (apparaatsbudget)", actionLine: null, cells: ["0,3", "0,3", "0,3", "0,3"] },
  { id: "b", description: "No Regrets", actionLine: null, cells: ["1,7", "-", "-", "-"] },
  {
    id: "c",
    description: "Actielijn 1. Creëren van brede bewustwording",
    actionLine: 1,
    cells: ["-", "0,2", "0,3", "0"],
  },
  {
    id: "d",
    description: "Actielijn 2. Vergroten van de meldingsbereidheid",
    actionLine: 2,
    cells: ["-", "0,15", "0,4", "0,35"],
  },
  {
    id: "e",
    description:
      "Actielijn 3. Investeren en werken aan een betere vaststelling van slachtofferschap en bescherming van slachtoffers",
    actionLine: 3,
    cells: ["-", "0,4", "0,2", "0"],
  },
  {
    id: "f",
    description: "Actielijn 4. Verbeteren van de (bovenregionale en regionale) samenwerking",
    actionLine: 4,
    cells: ["-", "0,35", "0,3", "0,2"],
  },
  {
    id: "g",
    description: "Actielijn 5. Verbetering van de informatiedeling en gegevensverwerking",
    actionLine: 5,
    cells: ["-", "0,1", "0,3", "0,1"],
  },
  {
    id: "h",
    description: "Reservering voor vervolgacties 2023, 2024, 2025",
    actionLine: null,
    cells: ["-", "0,5", "0,2", "1,05"],
  },
];

/** The printed "Totaal" row of the summary table. */
export const SUMMARY_TOTAL: PrintedYears = ["2", "2", "2", "2"];

export const ACTION_LINE_TITLES: Readonly<Record<number, string>> = {
  1: "Creëren van brede bewustwording",
  2: "Vergroten van de meldingsbereidheid",
  3: "Investeren en werken aan een betere vaststelling van slachtofferschap en bescherming van slachtoffers",
  4: "Verbeteren van de (bovenregionale en regionale) samenwerking",
  5: "Verbetering van de informatiedeling en gegevensverwerking",
};

/** Bijlage 2, detail tables, in € x10.000: the row label as printed ("3 en 4") and its cells. */
export const DETAIL_ROWS: ReadonlyArray<{
  actionLine: number;
  label: string;
  description: string;
  cells: PrintedYears;
}> = [
  {
    actionLine: 1,
    label: "1",
    description: "Inventarisatie bestaande bewustwordingscampagnes.",
    cells: ["", "5", "", ""],
  },
  { actionLine: 1, label: "2", description: "Nulmeting signaleerders.", cells: ["", "5", "", ""] },
  {
    actionLine: 1,
    label: "3 en 4",
    description:
      "Een gerichte communicatiestrategie (in 2024 gericht op seksuele uitbuiting en in 2025 gericht op arbeids- en criminele uitbuiting).",
    cells: ["", "10", "10", ""],
  },
  { actionLine: 1, label: "5", description: "Preventie op school", cells: ["", "", "20", ""] },
  {
    actionLine: 2,
    label: "6",
    description: "Integratie van de informatie van de Wegwijzer mensenhandel op de vernieuwde website van CoMensha.",
    cells: ["", "0", "", ""],
  },
  {
    actionLine: 2,
    label: "7",
    description: "Verkenning acties opzetten centraal online informatiepunt.",
    cells: ["", "0", "", ""],
  },
  { actionLine: 2, label: "8", description: "Overzicht van bestaande meldpunten.", cells: ["", "5", "", ""] },
  { actionLine: 2, label: "9", description: "Opzetten van een centraal informatiepunt.", cells: ["", "", "30", ""] },
  {
    actionLine: 2,
    label: "10",
    description:
      "Verkenning mogelijkheid om centraal informatiepunt door te ontwikkelen tot een Nationaal Verwijzingsmechanisme mensenhandel.",
    cells: ["", "0", "0", "30"],
  },
  {
    actionLine: 2,
    label: "11",
    description: "Verkenning mogelijkheid structurele inbedding van de proeftuin aangiftebereidheid.",
    cells: ["", "", "5", ""],
  },
  {
    actionLine: 2,
    label: "12",
    description:
      "Verkenning van gerichte maatregelen tot vergroten van de verklarings- en medewerkingsbereidheid van slachtoffers van criminele uitbuiting.",
    cells: ["", "5", "", ""],
  },
  {
    actionLine: 2,
    label: "13",
    description: "Vergroten bewustwording non-punishment bij eerstelijns opsporingsdiensten.",
    cells: ["", "5", "5", "5"],
  },
  {
    actionLine: 3,
    label: "14",
    description: "Verkenning naar mogelijkheden van loskoppelen van identificatie slachtoffers en strafproces.",
    cells: ["", "5", "", ""],
  },
  {
    actionLine: 3,
    label: "15",
    description: "Landelijk overzicht opvang/hulp plek voor de zorg- en veiligheid van slachtoffers.",
    cells: ["", "10", "", ""],
  },
  {
    actionLine: 3,
    label: "16",
    description: "Verkenning passend aanbod van opvang en/of hulpverlening.",
    cells: ["", "10", "", ""],
  },
  {
    actionLine: 3,
    label: "17",
    description:
      "In beeld brengen voorwaarden voor een landelijk dekkend netwerk van zorgcoördinatoren inclusief definitie zorgcoördinator.",
    cells: ["", "10", "", ""],
  },
  {
    actionLine: 3,
    label: "18",
    description: "Verwijzings-mechanisme naar opvang voor eerste 36 uur.",
    cells: ["", "", "20", ""],
  },
  { actionLine: 3, label: "19", description: "Verkenning naar inzet ervaringsdeskundigen", cells: ["", "5", "", ""] },
  {
    actionLine: 4,
    label: "20",
    description:
      "Op bestuurlijk niveau blijvende aandacht voor de aanpak van mensenhandel en de rol van gemeenten hierin.",
    cells: ["", "5", "5", "5"],
  },
  {
    actionLine: 4,
    label: "21",
    description: "Iedere gemeente heeft beleid in de aanpak van mensenhandel.",
    cells: ["0", "", "", ""],
  },
  { actionLine: 4, label: "22", description: "Training aandachtsfunctionaris.", cells: ["", "10", "", ""] },
  { actionLine: 4, label: "23", description: "Tussenrapportage VNG kader.", cells: ["", "", "5", "5"] },
  { actionLine: 4, label: "24", description: "Eenduidige definitie ketenregisseur.", cells: ["", "5", "", ""] },
  {
    actionLine: 4,
    label: "25",
    description: "Kader samenwerking ketenregisseur en zorgcoördinator.",
    cells: ["", "10", "", ""],
  },
  { actionLine: 4, label: "26", description: "Training ketenregisseur", cells: ["", "", "", "10"] },
  {
    actionLine: 4,
    label: "27",
    description:
      "Ontwikkelen van bouwstenen op verschillende niveaus die de regionale samenwerking in de aanpak van mensenhandel ondersteunen.",
    cells: ["", "5", "", ""],
  },
  { actionLine: 4, label: "28", description: "Doorontwikkeling barrièremiddelen.", cells: ["", "", "10", ""] },
  {
    actionLine: 4,
    label: "29",
    description:
      "Vesturen informatie bouwstenen en doorontwikkelde barrièremodellen aan de betrokken organisaties en opnemen trainingen.",
    cells: ["", "", "10", ""],
  },
  {
    actionLine: 5,
    label: "30",
    description: "Analyse van bestaande samenwerkingsconvenanten informatiedeling.",
    cells: ["", "10", "", ""],
  },
  { actionLine: 5, label: "31", description: "Inrichten proces gegevensstromen.", cells: ["", "", "30", ""] },
  { actionLine: 5, label: "32", description: "Doorvoering mogelijke aanpassingen", cells: ["", "", "", "10"] },
];

/** The printed "Totaal" rows of the detail tables. */
export const DETAIL_TOTALS: Readonly<Record<number, PrintedYears>> = {
  1: ["0", "20", "30", "0"],
  2: ["0", "15", "40", "35"],
  3: ["0", "40", "20", "0"],
  4: ["0", "35", "30", "20"],
  5: ["", "10", "30", "10"],
};

export interface PrintedProposal {
  number: number;
  theme: Theme;
  priority: Priority;
  text: string;
  appraisal: string;
  costText: string;
}

const SAME = "Idem";

/** Bijlage 1, in the order printed. Markup of the extraction (<p>, <i>, <u>) is dropped, text kept. */
export const PROPOSALS: readonly PrintedProposal[] = [
  {
    number: 1,
    theme: "Klantaanpak",
    priority: "Meest kansrijk",
    text: "Media aandacht door politie en OM bij vervolgen van klanten (248b of 273g sr): vaker in de media uitleggen waarom een klant-dader wordt vervolgd.",
    appraisal: "Kent geen extra financiële kosten. Vergt wel prioritering van bestaande capaciteit.",
    costText: "Geen.",
  },
  {
    number: 2,
    theme: "Klantaanpak",
    priority: "Meest kansrijk",
    text: "Landelijke actiedagen politie en OM aanpak klanten: het in de komende jaren organiseren van minimaal één landelijke actiedag per jaar op art. 248b WvS (klanten), waarbij preventief gehandeld kan worden: waarschuwen van de 'klanten' dat ze strafbaar zijn en dus awareness creëren. Aan de andere kant kan ook worden ingezet op daadwerkelijke strafrechtelijke vervolging, als de actiedagen voldoende opsporingsindicaties opleveren.",
    appraisal: "Kent geen extra financiële kosten. Vergt wel prioritering van bestaande capaciteit.",
    costText: "Geen.",
  },
  {
    number: 3,
    theme: "Klantaanpak",
    priority: "Meest kansrijk",
    text: "Field Lab mensenhandel inzake klantenproblematiek.",
    appraisal: "Vergt prioritering van bestaande capaciteit waarvan nog onduidelijk is of die beschikbaar is.",
    costText: "€ 175.000 incidenteel",
  },
  {
    number: 4,
    theme: "Klantaanpak",
    priority: "Kansrijk",
    text: "Aanpak seksadvertentiewebsites: wet- en regelgeving waaronder een leeftijdsverificatieplicht en moderatie en meldplicht.",
    appraisal: "Sluit aan bij voorstel 26 en 27.",
    costText: "Nog onbekend.",
  },
  {
    number: 5,
    theme: "Klantaanpak",
    priority: "Kansrijk",
    text: "Klant communicatie.",
    appraisal:
      "Geschatte kosten komen vanuit de indiener van het voorstel. Een landelijke, effectieve, langdurige campagne is in de regel beduidend kostbaarder (naar verwachting circa €1.000.000). Aandachtspunt hierbij is doelmatigheid van de campagne.",
    costText: "€ 125.000 opgevoerd maar naar verwachting circa 1 miljoen incidenteel.",
  },
  {
    number: 6,
    theme: "Bescherming van minderjarigen",
    priority: "Meest kansrijk",
    text: "Bevorderen van training en ketensamenwerking met als doel: (i) inzicht geven in welke rol verschillende partijen pakken in de voorlichting en bewustwording rondom mensenhandel waar minderjarigen het slachtoffer van worden; (ii) er eenduidigheid komt in het huidige versnipperde aanbod van richtlijnen, kaders en handvaten; (iii) er duidelijkheid komt in de behoeften en vereisten voor een effectieve bescherming van minderjarigen bij gemeenten en organisaties; (iv) zoveel mogelijk professionals die werken met jongeren training in herkenning en opvolging van signalen en preventie van kinderhandel moeten krijgen.",
    appraisal:
      "Sluit aan bij acties in Actielijn 4 van het huidige Actieplan (specifiek op acties: 22, 24, 25, 26, 27, 28 en 29. Hiervoor is in het huidige Actieplan reeds in totaal €600.000 voor gereserveerd).",
    costText: "Nog onbekend.",
  },
  {
    number: 7,
    theme: "Bescherming van minderjarigen",
    priority: "Meest kansrijk",
    text: "Actielijn ten behoeve van het bestrijden en voorkomen van seksuele uitbuiting en de bescherming/ ondersteuning van jonge Nederlandse slachtoffers en daders tot en met 23 jaar.",
    appraisal:
      "Sluit aan bij motie Kuik en Van der Graaf inzake een plan van aanpak kwetsbare jongeren (Kamerstuk 35 570 VI, nr. 50). Sluit ook aan bij voorstel 6.",
    costText: "€ 200.000 structureel",
  },
  {
    number: 8,
    theme: "Criminele uitbuiting",
    priority: "Meest kansrijk",
    text: "Verken op welke wijze de vaststelling van slachtoffers van criminele uitbuiting in Nederland eventueel buiten de opsporingsdiensten om kan worden verricht en wat hiervan de opbrengsten risico's zouden zijn. Kijk hierbij ook naar hoe het Verenigd Koninkrijk dit heeft ingeregeld.",
    appraisal:
      "Reeds geborgd in actielijn 3 van het huidige Actieplan onder actie: 'in 2024 wordt gestart met een verkenning naar de mogelijkheden van het loskoppelen van de vaststelling van slachtofferschap en het strafrechtelijk onderzoek naar verdachten van mensenhandel. Bij deze verkenning worden ook eerdere pilots en onderzoeken meegenomen.'",
    costText: "N.v.t.",
  },
  {
    number: 9,
    theme: "Opvang van slachtoffers",
    priority: "Meest kansrijk",
    text: "Innovatietraject gericht op beter passende opvang.",
    appraisal: "N.v.t.",
    costText: "€ 100.000 incidenteel",
  },
  {
    number: 10,
    theme: "Technologie",
    priority: "Meest kansrijk",
    text: "Zet verder in op pro-actieve online hulp in de vorm van Online Outreach.",
    appraisal: "N.v.t.",
    costText: "€ 300.000 structureel",
  },
  {
    number: 11,
    theme: "Daderaanpak",
    priority: "Meest kansrijk",
    text: "Onderzoek naar de recidive en resocialisatie van daders van mensenhandel.",
    appraisal: "N.v.t.",
    costText: "€ 150.000 incidenteel",
  },
  {
    number: 12,
    theme: "Daderaanpak",
    priority: "Meest kansrijk",
    text: "Borging van non-punishment beginsel.",
    appraisal:
      "Reeds geborgd in actielijn 3 van het huidige Actieplan onder actie: 'Bewustwording vergroten bij eerstelijns opsporingsdiensten van het non-punishmentbeginsel en over de mogelijkheid dat een verdachte of dader ook slachtoffer kan zijn van mensenhandel, in het bijzonder bij criminele uitbuiting.' Hiervoor is in het huidige Actieplan reeds €50.000 structureel gereserveerd.",
    costText: "N.v.t.",
  },
  {
    number: 13,
    theme: "Overige onderwerpen",
    priority: "Meest kansrijk",
    text: "Opleidingsbudget regionale samenwerking (met als doel: meer slachtoffers in beeld).",
    appraisal:
      "Sluit aan bij de acties in het huidige Actieplan binnen actielijn 4. (Specifiek op acties: 22, 24, 25, 26, 27, 28 en 29. Hiervoor is in het huidige Actieplan reeds in totaal €600.000 voor gereserveerd).",
    costText: "€ 100.000 incidenteel € 50.000 structureel",
  },
  {
    number: 14,
    theme: "Overige onderwerpen",
    priority: "Kansrijk",
    text: "Versterken Actielijn 2: Vergroten van de meldingsbereidheid van slachtoffers arbeidsuitbuiting. Deze actielijn dient versterkt te worden met activiteiten zodat kwetsbare slachtoffers daadwerkelijk bereikt en ondersteund worden in het proces van melden.",
    appraisal:
      "Hoewel niet expliciet verzocht door uw Kamer wordt de actie kansrijk geacht in het bijdragen aan zicht krijgen op slachtoffers.",
    costText: "€ 100.000 structureel",
  },
  {
    number: 15,
    theme: "Overige onderwerpen",
    priority: "Kansrijk",
    text: "Opvolging geven aan prioriteiten uit het rapport 'Uitbuiting en LVB'.",
    appraisal: SAME,
    costText: "€ 100.000 structureel",
  },
  {
    number: 16,
    theme: "Overige onderwerpen",
    priority: "Kansrijk",
    text: "Proeftuin LVB: de proeftuin omvat alle vormen van uitbuiting en zoekt oplossingen voor zowel slachtoffers als daders.",
    appraisal: SAME,
    costText: "€ 200.000 incidenteel € 450.000 structureel",
  },
  {
    number: 17,
    theme: "Overige onderwerpen",
    priority: "Kansrijk",
    text: "Versterken Actielijn 3: Investeren in en werken aan een betere vaststelling van slachtofferschap en bescherming van slachtoffers.",
    appraisal: SAME,
    costText: "€ 15.000 structureel",
  },
  {
    number: 18,
    theme: "Overige onderwerpen",
    priority: "Kansrijk",
    text: "Verbeteren Actielijn 4: Verbeteren van de (boven)regionale samenwerking: trainen van 50 aandacht functionarissen, trainen 50 overige relevante professionals, bundelen en verspreiden opgebouwde expertise omtrent meldrempels bij professionals.",
    appraisal: SAME,
    costText: "€ 55.000 incidenteel",
  },
  {
    number: 19,
    theme: "Overige onderwerpen",
    priority: "Kansrijk",
    text: "Basis-kennisniveau bestuurlijk adviseren aanpak mensenhandel.",
    appraisal: "Organisatie van jaarlijks 5 bovenregionale bijeenkomsten",
    costText: "€ 30.000 structureel",
  },
  {
    number: 20,
    theme: "Ander beleidsterrein",
    priority: "Meest kansrijk",
    text: "Verken in samenwerking met gemeenten, de VNG, OCW en onderwijs (bv de PO en VO-raad) op welke wijze onderwijsinstellingen bij de aanpak van criminele uitbuiting betrokken kunnen worden en wat zij hiervoor nodig hebben.",
    appraisal:
      "Op ambtelijk niveau wordt aangesloten bij bestaande landelijke en regionale programma's en initiatieven, zoals Preventie met Gezag en Dealbreakers. Kent geen extra financiële kosten. Vergt wel capaciteit.",
    costText: "Geen.",
  },
  {
    number: 21,
    theme: "Ander beleidsterrein",
    priority: "Meest kansrijk",
    text: "Verricht onderzoek naar achtergrond en modus operandi van daders van criminele uitbuiting.",
    appraisal: "N.v.t.",
    costText: "€ 100.000 incidenteel",
  },
  {
    number: 22,
    theme: "Ander beleidsterrein",
    priority: "Meest kansrijk",
    text: "Intensiveer de samenwerking met universiteiten, NWO, ZonMw of andere kennisinstituten die onderzoek verrichten naar de aanpak van ondermijning en verken in hoeverre er mogelijkheden zijn om hierbij ook te verbreden richting criminele uitbuiting.",
    appraisal:
      "Wordt al aan voldaan zie bijv. het Strategisch Kenniscentrum Georganiseerde Ondermijnende Criminaliteit (SKC).",
    costText: "N.v.t.",
  },
  {
    number: 23,
    theme: "Ander beleidsterrein",
    priority: "Meest kansrijk",
    text: "Hulpaanbod slachtoffers criminele uitbuiting: verkenning.",
    appraisal: "Reeds geborgd binnen het Rijksprogramma Preventie met Gezag.",
    costText: "N.v.t.",
  },
  {
    number: 24,
    theme: "Ander beleidsterrein",
    priority: "Meest kansrijk",
    text: "Ontwikkelen van adequaat hulpaanbod voor slachtoffers van criminele uitbuiting die uit de situatie willen stappen.",
    appraisal: "Sluit aan bij voorstel 23.",
    costText: "N.v.t.",
  },
  {
    number: 25,
    theme: "Ander beleidsterrein",
    priority: "Meest kansrijk",
    text: "Projectleider + doorstart FieldLab Tulpafslag inzake seksadvertentieplatforms: meldplicht bij signalen uitbuiting, moderatie, leeftijdsverificatie",
    appraisal:
      "Kansrijk, maar wordt deels reeds geborgd in o.a. de Digital Services Act (DSA) en werkzaamheden bij het ministerie van BZK.",
    costText: "Nog onbekend.",
  },
  {
    number: 26,
    theme: "Ander beleidsterrein",
    priority: "Meest kansrijk",
    text: "Verken de juridische mogelijkheden om platforms, die in Nederland diensten aanbieden, (mede) verantwoordelijk te houden voor seksuele en criminele uitbuiting.",
    appraisal: "Sluit aan bij voorstel 25.",
    costText: "Nog onbekend.",
  },
  {
    number: 27,
    theme: "Ander beleidsterrein",
    priority: "Meest kansrijk",
    text: "Stimuleren van innovaties en technologische oplossingen: webrawler.",
    appraisal:
      "Wordt reeds in voorzien door middel van het voorstel voor het nieuwe Wetboek van Strafvordering dat in maart 2023 is ingediend. Dit nieuwe wetboek bevat bepalingen die meer duidelijkheid moeten gaan bieden over de inzet van webcrawlers. Daarnaast verkennen politie en OM stap voor stap de in de opsporingspraktijk de reikwijdte van de bestaande juridische kaders voor de inzet van de webcrawler mensenhandel. Politie en OM geven aan dat de webcrawler voor zover op dit moment mogelijk wordt gebruikt in opsporingsonderzoeken.",
    costText: "Geen.",
  },
  {
    number: 28,
    theme: "Ander beleidsterrein",
    priority: "Kansrijk",
    text: "Betrekt onderwijsinstellingen bij aanpak criminele uitbuiting.",
    appraisal:
      "Sluit aan bij voorstel 22. Er bestaan reeds lespakketten en opleidingspakketten voor docenten m.b.t. criminele uitbuiting. Kijk bijvoorbeeld naar het BUIT-traject. Ook zullen hierover gesprekken plaatsvinden met HALT. Er is geen invloed uit te oefenen of scholen hier daadwerkelijk gebruik van maken. Dit is ook geen taak van de Rijksoverheid. Wel vraagt JenV hiervoor aandacht bij OCW.",
    costText: "Nog niet bekend.",
  },
  {
    number: 29,
    theme: "Ander beleidsterrein",
    priority: "Kansrijk",
    text: "Voorlichting: Om te voorkomen dat jongeren door criminelen worden uitgebuit moet het voorlichten en het weerbaar maken van kinderen al op basisschoolleeftijd beginnen en op de middelbare school worden voortgezet. Reeds beschikbare instrumenten om criminele uitbuiting te voorkomen moeten in de komende kabinetsperiode breed worden ingezet.",
    appraisal: "Sluit aan bij 28.",
    costText: "Nog niet bekend.",
  },
  {
    number: 30,
    theme: "Ander beleidsterrein",
    priority: "Kansrijk",
    text: "Veranker het non-punishmentbeginsel binnen de Nederlandse wet (juridische borging).",
    appraisal:
      "Wordt reeds in voorzien middels de modernisering strafbaarstelling mensenhandel. Wetsvoorstel art. 273f Sr ligt momenteel voor aan de Raad van State, inclusief het vraagstuk inzake wettelijke verankering van het non-punishmentbeginsel.",
    costText: "Geen.",
  },
  {
    number: 31,
    theme: "Ander beleidsterrein",
    priority: "Kansrijk",
    text: "Ontwikkelen training voor alle reclasseringsmedewerkers.",
    appraisal:
      "Eerst moet duidelijk zijn of de opleiding van reclasserings-medewerkers daar niet al in voorziet. Zou onderdeel kunnen zijn van voorstel 11.",
    costText: "€ 9.000",
  },
  {
    number: 32,
    theme: "Ander beleidsterrein",
    priority: "Kansrijk",
    text: "De reclassering biedt maatwerk per cliënt, denk hierbij aan ambulante/ klinische hulpverlening, gedragsinterventie, en/of controlemaatregelen.",
    appraisal: "De werkwijze van de Reclassering sluit hier reeds op aan.",
    costText: "€ 75.000",
  },
  {
    number: 33,
    theme: "Ander beleidsterrein",
    priority: "Kansrijk",
    text: "De ketensamenwerking is van belang. Er wordt ingezet op betere samenwerking rond de dader van (forensische) partners.",
    appraisal: "Mogelijke aanvulling op Actielijn 4.",
    costText: "Nog onbekend.",
  },
];
