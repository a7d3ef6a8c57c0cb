// A speaker is recorded by name: "President Joe Biden" → "Joe Biden", "former Afghan President Hamid Karzai" →
// "Hamid Karzai". A description with no name in it ("Pakistan’s interim foreign minister", "the minister") names
// nobody, so it gives no speaker.

const TITLES = new Set(
  (
    "president vice prime minister secretary secretary-general general gen lt col maj capt adm sgt cpl senator sen " +
    "rep representative gov governor mayor chief ambassador judge justice king queen prince princess pope sheikh " +
    "director director-general chairman chairwoman chair commissioner superintendent police officer spokesperson " +
    "spokesman spokeswoman deputy acting former mr mrs ms mx dr prof professor sir dame lord lady rev father imam " +
    "rabbi coach captain commander chancellor premier speaker leader envoy special minister-president ceo cfo coo " +
    "executive officer founder co-founder owner head manager analyst economist researcher scientist spokesperson " +
    "attorney lawyer prosecutor counsel chairperson vice-president adviser advisor aide correspondent editor author " +
    "senior assistant associate striker midfielder defender goalkeeper forward manager administrator " +
    "undersecretary under-secretary inspector inspector-general sheriff detective sergeant lieutenant colonel major " +
    "trooper constable marshal councilman councilwoman councillor councilor councilmember congressman congresswoman " +
    "assemblyman assemblywoman lawmaker legislator mp mep treasurer auditor comptroller principal dean provost " +
    "supervisor bishop archbishop cardinal pastor reverend consul admiral emir sultan magistrate coroner examiner " +
    "physician doctor nurse epidemiologist virologist president-elect chief-of-staff commissioner-general"
  ).split(" "),
);
const CONNECTORS = new Set(["of", "al", "al-", "bin", "ibn", "van", "von", "de", "der", "den", "da", "du", "la", "le", "y"]);
const DETERMINERS = new Set(["the", "a", "an"]);

function isCap(token: string): boolean {
  return /^[A-Z\p{Lu}]/u.test(token) || /^(?:al|el)-[A-Z]/.test(token);
}

function bare(token: string): string {
  return token.replace(/^(?:then|ex)-/i, "").replace(/[.,;:]+$/, "").toLowerCase();
}

/** The personal or organisational name inside a speaker phrase, without titles; undefined when there is none. */
export function nameOf(phrase: string | undefined): string | undefined {
  if (!phrase) return undefined;
  const tokens = phrase.split(/\s+/).filter(Boolean);
  // The last run of capitalized words (with "of", "bin", "van" ... inside it).
  let end = tokens.length;
  while (end > 0 && !isCap(tokens[end - 1].replace(/^(?:then|ex)-/i, ""))) end--;
  if (end === 0) return undefined;
  // Lower-case words after the run make it a modifier ("Opposition leaders", "Pakistan’s interim foreign minister").
  if (end < tokens.length) return undefined;
  let start = end - 1;
  while (start > 0) {
    const prev = tokens[start - 1];
    if (isCap(prev.replace(/^(?:then|ex)-/i, "")) || (CONNECTORS.has(prev.toLowerCase()) && start - 1 > 0)) start--;
    else break;
  }
  let run = tokens.slice(start, end);
  if (/['’]s$/.test(run[run.length - 1])) return undefined;
  // "NASA's Bill Nelson": the possessor is an organisation, not part of the name.
  for (let k = run.length - 2; k >= 0; k--) {
    if (/['’]s$/.test(run[k])) {
      run = run.slice(k + 1);
      break;
    }
  }
  // Everything up to the last title goes ("Afghan President", "Secretary of State").
  let lastTitle = -1;
  run.forEach((t, i) => {
    if (TITLES.has(bare(t))) lastTitle = i;
  });
  run = run.slice(lastTitle + 1);
  if (lastTitle >= 0 && run[0]?.toLowerCase() === "of") run = run.slice(2);
  while (run.length > 0 && (DETERMINERS.has(run[0].toLowerCase()) || CONNECTORS.has(run[0].toLowerCase()))) run = run.slice(1);
  const name = run.join(" ").replace(/[,;:]+$/, "");
  return name && isCap(name) ? name : undefined;
}
