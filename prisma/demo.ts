import type { Role } from "@/lib/auth/permissions";
import type { Stance } from "@/lib/sources/schema";

/** The demo accounts of API.md. Demo data only. */
export const DEMO_PASSWORD = "claimdesk-demo";
export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "reviewer@claimdesk.test", name: "Riya Reviewer", role: "REVIEWER" },
  { email: "editor@claimdesk.test", name: "Ed Editor", role: "EDITOR" },
  { email: "admin@claimdesk.test", name: "Ada Admin", role: "ADMIN" },
];

export const DEMO_ARTICLE = {
  slug: "centrality-of-security-pakistan-us",
  title: "The Centrality of Security in the Pakistan-US Relationship",
  publication: "The Diplomat",
  file: "the-centrality-of-security-in-the-pakistan-us-relationship.txt",
  // Published in early 2024; the exact day is not in the brief, so an approximate date is kept.
  publishedAt: new Date("2024-01-31T00:00:00Z"),
};

/** The three claims the mission names, each found by the words that carry its value, with the public record on it. */
export const DEMO_CITATIONS: {
  valueText: string;
  expected: { value: number; unit: string; qualifier?: string };
  source: { url: string; title: string; publisher: string; kind: "PRIMARY" | "SECONDARY" };
  passage: string;
  stance: Stance;
}[] = [
  {
    valueText: "$450 million",
    expected: { value: 450_000_000, unit: "USD" },
    source: {
      url: "https://www.dsca.mil/press-media/major-arms-sales/pakistan-f-16-case-sustainment",
      title: "Pakistan – F-16 Case for Sustainment",
      publisher: "Defense Security Cooperation Agency",
      kind: "PRIMARY",
    },
    passage:
      "The State Department has made a determination approving a possible Foreign Military Sale to the Government of Pakistan of F-16 Case for Sustainment and related equipment for an estimated cost of $450 million.",
    stance: "SUPPORTS",
  },
  {
    valueText: "$12 billion",
    expected: { value: 12_000_000_000, unit: "USD" },
    source: {
      url: "https://www.census.gov/foreign-trade/balance/c5350.html",
      title: "Trade in Goods with Pakistan",
      publisher: "U.S. Census Bureau",
      kind: "PRIMARY",
    },
    passage: "U.S. trade in goods with Pakistan in 2022 came to roughly $9 billion; press figures of $12 billion include trade in services.",
    stance: "CONTEXT",
  },
  {
    valueText: "more than $200 billion",
    expected: { value: 200_000_000_000, unit: "USD", qualifier: "more than" },
    source: {
      url: "https://www.state.gov/u-s-relations-with-pakistan/",
      title: "U.S. Relations With Pakistan: Bilateral Relations Fact Sheet",
      publisher: "U.S. Department of State",
      kind: "PRIMARY",
    },
    passage: "Since the 2022 floods, the United States has provided over $200 million in flood relief and recovery assistance to Pakistan.",
    stance: "CONTRADICTS",
  },
];
