import type { ValueFinding } from "./compare-values";

export interface SourcedFinding {
  finding: ValueFinding;
  source: { id: string; title: string };
}

export interface MergedFinding {
  /** Which value of the claim it is about: one flag per claim and value, whatever the number of sources. */
  key: string;
  kind: ValueFinding["kind"];
  severity: ValueFinding["severity"];
  note: string;
  articleSays: string;
  evidenceSays: string;
  /** The first source that contradicts the value (the Flag row has room for one; the note names them all). */
  sourceId: string;
}

const RANK = { LOW: 0, MEDIUM: 1, HIGH: 2 } as const;

/**
 * Folds the findings of every cited passage into one finding per claim value: a second source that
 * contradicts "$200 billion" joins the open flag (its note lists every source) instead of raising a
 * second, identical HIGH flag that would count twice on the dashboard.
 */
export function mergeValueFindings(findings: readonly SourcedFinding[]): MergedFinding[] {
  const groups = new Map<string, SourcedFinding[]>();
  for (const item of findings) {
    const key = `${item.finding.dimension}:${item.finding.articleSays}`;
    const group = groups.get(key) ?? [];
    // The same source cited twice is one source.
    if (!group.some((g) => g.source.id === item.source.id)) group.push(item);
    groups.set(key, group);
  }
  return [...groups].map(([key, group]) => {
    const first = group[0].finding;
    const severity = group.reduce((top, g) => (RANK[g.finding.severity] > RANK[top] ? g.finding.severity : top), first.severity);
    const note =
      group.length === 1
        ? `${first.message} Source: ${group[0].source.title}.`
        : `The article says “${first.articleSays}”; ${group.length} sources say otherwise: ${group
            .map((g) => `${g.source.title} says “${g.finding.evidenceSays}” (${g.finding.gap})`)
            .join("; ")}.`;
    const evidenceSays = group.length === 1 ? first.evidenceSays : group.map((g) => `“${g.finding.evidenceSays}” (${g.source.title})`).join("; ");
    return { key, kind: first.kind, severity, note, articleSays: first.articleSays, evidenceSays, sourceId: group[0].source.id };
  });
}
