/** Who else is on a claim, as the live feed sends it. */
export interface PresentPerson {
  userId: string;
  name: string;
  activity: string;
  field: string | null;
}

const FIELD_WORDS: Record<string, string> = {
  rationale: "the rationale",
  correction: "the suggested correction",
  verdict: "the verdict",
  state: "the workflow state",
  assignee: "the assignment",
  comment: "a comment",
  citation: "a citation",
};

/** "Ana is viewing", "Ana is editing the rationale": one line per person, editing before viewing. */
export function describePresence(people: PresentPerson[], selfId: string): string[] {
  const byPerson = new Map<string, PresentPerson>();
  for (const p of people) {
    if (p.userId === selfId) continue;
    const known = byPerson.get(p.userId);
    if (!known || (known.activity !== "EDITING" && p.activity === "EDITING")) byPerson.set(p.userId, p);
  }
  return [...byPerson.values()]
    .sort((a, b) => Number(b.activity === "EDITING") - Number(a.activity === "EDITING") || a.name.localeCompare(b.name))
    .map((p) => (p.activity === "EDITING" ? `${p.name} is editing ${(p.field && FIELD_WORDS[p.field]) || "this claim"}` : `${p.name} is viewing`));
}

/** The presence field a form control stands for, from its name or id. */
export function presenceFieldOf(name: string): string | null {
  const key = name.replace(/^review-/, "");
  if (key in FIELD_WORDS) return key;
  if (/^(passage|url|title|stance|source)/.test(key)) return "citation";
  if (/comment|body/.test(key)) return "comment";
  return null;
}
