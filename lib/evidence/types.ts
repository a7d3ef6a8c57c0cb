import type { ClaimKind, ClaimValue } from "@/lib/claims/types";

// The evidence finder's shapes. An IndexedPassage is what a database row would hold per passage (offsets, the
// passage's key terms and values, the keys its values are looked up by); EvidencePassage is API.md's fixed shape.

export type Match = "SAME" | "NEAR_MISS" | "RELATED";
export type Stance = "SUPPORTS" | "CONTRADICTS";

export interface IndexedPassage {
  /** JavaScript string indices into the snapshot's text. */
  start: number;
  end: number;
  /** Stemmed key words of the passage itself. */
  terms: string[];
  /** Key words of what frames it (its section heading, the sentence before it in the paragraph). */
  contextTerms: string[];
  /** The values the detector reads in the passage, offsets into the snapshot's text. */
  values: ClaimValue[];
  /** Lookup keys of the values: significant digits per dimension, years, days of the year. */
  valueKeys: string[];
}

export interface SnapshotIndex {
  snapshotId: string;
  sourceId: string;
  passages: IndexedPassage[];
}

export interface ClaimQuery {
  quote: string;
  kind?: ClaimKind;
  /** The claim's normalized values; read from the quote when absent. */
  values?: ClaimValue[];
  /**
   * The sentence(s) around the claim in the article: a trimmed claim ("which now amounts to more than $200
   * billion") names its subject there. Its words count for half.
   */
  context?: string;
  /** The article's publication date, to resolve "last year" when values are read from the quote. */
  publishedAt?: Date | null;
}

export interface EvidencePassage {
  snapshotId: string;
  sourceId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  score: number;
  values: ClaimValue[];
  match: Match;
  suggestedStance: Stance | null;
  reason: string;
}
