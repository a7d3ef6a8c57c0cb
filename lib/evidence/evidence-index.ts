import type { IndexedPassage, SnapshotIndex } from "./types";

// The desk's passages in memory with inverted lists: key word → passages, value key → passages. It is built from
// SnapshotIndex records (what a database would store per passage) and answers which passages could bear on a
// claim without reading any other: a query touches only the lists of its own words and values.

export interface PassageEntry {
  snapshotId: string;
  sourceId: string;
  passage: IndexedPassage;
}

interface SnapshotEntry {
  sourceId: string;
  text: string | undefined;
  ids: number[];
}

export class EvidenceIndex {
  readonly entries: Array<PassageEntry | null> = [];
  private readonly snapshots = new Map<string, SnapshotEntry>();
  private readonly terms = new Map<string, number[]>();
  private readonly contextTerms = new Map<string, number[]>();
  private readonly values = new Map<string, number[]>();
  private live = 0;

  private static post(lists: Map<string, number[]>, key: string, id: number) {
    const list = lists.get(key);
    if (list) list.push(id);
    else lists.set(key, [id]);
  }

  /**
   * Adds (or replaces) a snapshot. `text`, when given, is kept so findEvidence can quote passages with their
   * context; the app leaves it out and supplies texts from a cache bounded by bytes (judgeEvidence's `textOf`).
   */
  add(snapshot: SnapshotIndex, text?: string): void {
    if (this.snapshots.has(snapshot.snapshotId)) this.remove(snapshot.snapshotId);
    const ids: number[] = [];
    for (const passage of snapshot.passages) {
      const id = this.entries.length;
      this.entries.push({ snapshotId: snapshot.snapshotId, sourceId: snapshot.sourceId, passage });
      ids.push(id);
      for (const term of passage.terms) EvidenceIndex.post(this.terms, term, id);
      for (const term of passage.contextTerms) EvidenceIndex.post(this.contextTerms, term, id);
      for (const key of passage.valueKeys) EvidenceIndex.post(this.values, key, id);
    }
    this.live += ids.length;
    this.snapshots.set(snapshot.snapshotId, { sourceId: snapshot.sourceId, text, ids });
  }

  /** Removed passages are tombstoned; their ids stay in the lists and are skipped when read. */
  remove(snapshotId: string): void {
    const snapshot = this.snapshots.get(snapshotId);
    if (!snapshot) return;
    for (const id of snapshot.ids) this.entries[id] = null;
    this.live -= snapshot.ids.length;
    this.snapshots.delete(snapshotId);
  }

  get passageCount(): number {
    return this.live;
  }

  text(snapshotId: string): string | undefined {
    return this.snapshots.get(snapshotId)?.text;
  }

  passagesWithTerm(term: string): readonly number[] {
    return this.terms.get(term) ?? [];
  }

  passagesWithContextTerm(term: string): readonly number[] {
    return this.contextTerms.get(term) ?? [];
  }

  passagesWithValueKey(key: string): readonly number[] {
    return this.values.get(key) ?? [];
  }

  passageIdsOf(snapshotId: string): readonly number[] {
    return this.snapshots.get(snapshotId)?.ids ?? [];
  }
}
