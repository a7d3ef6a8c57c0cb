import { prisma } from "@/lib/db/client";
import { EvidenceIndex, indexSnapshot, judgeEvidence, parseStoredPassages, planEvidence, serializePassages, type ClaimQuery, type EvidencePassage, type FindOptions } from "@/lib/evidence";
import { evidenceTextBudget } from "./evidence-text-budget";
import { TextCache } from "./text-cache";

// Each app instance holds the desk's evidence index in memory (lib/evidence/README.md, "Holding the index"), built
// from the snapshots' stored passage indexes on first use and brought up to date whenever the database's stamp
// (how many snapshots, the newest) differs. Snapshots are only ever added or removed, never changed, so updating
// means adding the new ones and dropping the gone ones; several instances each do this and agree.
// The index holds no snapshot text: the texts a query quotes from come from a cache bounded by bytes
// (CLAIMDESK_EVIDENCE_TEXT_MB), and the ones it lacks are read from the database for that query.

interface DeskIndex {
  index: EvidenceIndex;
  texts: TextCache;
  loaded: Set<string>;
  stamp: string;
  refreshing: Promise<void> | null;
}

const globalForEvidence = globalThis as unknown as { claimdeskEvidence?: DeskIndex };
// Kept on globalThis so development's module reloads share one; one from before texts were kept apart is replaced.
const desk = globalForEvidence.claimdeskEvidence?.texts
  ? globalForEvidence.claimdeskEvidence
  : (globalForEvidence.claimdeskEvidence = { index: new EvidenceIndex(), texts: new TextCache(evidenceTextBudget()), loaded: new Set(), stamp: "", refreshing: null });

async function currentStamp(): Promise<string> {
  const agg = await prisma.snapshot.aggregate({ _count: { _all: true }, _max: { createdAt: true } });
  return `${agg._count._all}|${agg._max.createdAt?.toISOString() ?? ""}`;
}

async function load(ids: string[]) {
  for (let i = 0; i < ids.length; i += 50) {
    const rows = await prisma.snapshot.findMany({
      where: { id: { in: ids.slice(i, i + 50) } },
      select: { id: true, sourceId: true, text: true, passageIndex: true, source: { select: { publishedAt: true } } },
    });
    for (const row of rows) {
      let passages = parseStoredPassages(row.passageIndex, row.text.length);
      if (!passages) {
        // Malformed or from an older index version: rebuilt and written back once.
        passages = indexSnapshot({ snapshotId: row.id, sourceId: row.sourceId, text: row.text, publishedAt: row.source.publishedAt }).passages;
        await prisma.snapshot.update({ where: { id: row.id }, data: { passageIndex: serializePassages(passages) }, select: { id: true } });
      }
      desk.index.add({ snapshotId: row.id, sourceId: row.sourceId, passages });
      // Read anyway to check the stored index: kept while the budget allows (the newest loaded stay longest).
      desk.texts.set(row.id, row.text);
      desk.loaded.add(row.id);
    }
  }
}

async function refresh(stamp: string) {
  const ids = new Set((await prisma.snapshot.findMany({ select: { id: true } })).map((r) => r.id));
  for (const id of desk.loaded) if (!ids.has(id)) (desk.index.remove(id), desk.texts.delete(id), desk.loaded.delete(id));
  await load([...ids].filter((id) => !desk.loaded.has(id)));
  desk.stamp = stamp;
}

/** The desk's evidence index, current as of this call. */
export async function deskEvidenceIndex(): Promise<EvidenceIndex> {
  const stamp = await currentStamp();
  // A few rounds at most: a snapshot kept meanwhile is picked up by the next request, never waited for forever.
  for (let round = 0; desk.stamp !== stamp && round < 3; round++) {
    // One refresh at a time; requests arriving meanwhile wait for it and then look again.
    if (!desk.refreshing) desk.refreshing = refresh(stamp).finally(() => (desk.refreshing = null));
    await desk.refreshing;
    if (desk.stamp !== stamp && !desk.refreshing) desk.refreshing = refresh(stamp).finally(() => (desk.refreshing = null));
  }
  return desk.index;
}

/** The texts of these snapshots: from the cache, the rest read in one query (and kept while the budget allows). */
async function snapshotTexts(ids: string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const missing: string[] = [];
  for (const id of ids) {
    const text = desk.texts.get(id);
    if (text === undefined) missing.push(id);
    else texts.set(id, text);
  }
  for (let i = 0; i < missing.length; i += 100) {
    const rows = await prisma.snapshot.findMany({ where: { id: { in: missing.slice(i, i + 100) } }, select: { id: true, text: true } });
    for (const row of rows) (texts.set(row.id, row.text), desk.texts.set(row.id, row.text));
  }
  return texts;
}

/** The passages of the desk (or of one snapshot) that bear on a claim, best first. */
export async function findDeskEvidence(claim: ClaimQuery, options: FindOptions = {}): Promise<EvidencePassage[]> {
  const index = await deskEvidenceIndex();
  const plan = planEvidence(index, claim, options);
  const texts = await snapshotTexts(plan.snapshotIds);
  return judgeEvidence(plan, (id) => texts.get(id), options);
}

/** What this instance holds, for the benchmark and the tests: passages indexed, and snapshot texts kept. */
export function deskEvidenceMemory() {
  return { snapshots: desk.loaded.size, passages: desk.index.passageCount, textsKept: desk.texts.size, textBytes: desk.texts.bytes, textBudget: desk.texts.maxBytes };
}
