import { prisma } from "@/lib/db/client";
import { EvidenceIndex, indexSnapshot, parseStoredPassages, serializePassages } from "@/lib/evidence";

// Each app instance holds the desk's evidence index in memory (lib/evidence/README.md, "Holding the index"), built
// from the snapshots' stored passage indexes on first use and brought up to date whenever the database's stamp
// (how many snapshots, the newest) differs. Snapshots are only ever added or removed, never changed, so updating
// means adding the new ones and dropping the gone ones; several instances each do this and agree.

interface DeskIndex {
  index: EvidenceIndex;
  loaded: Set<string>;
  stamp: string;
  refreshing: Promise<void> | null;
}

const globalForEvidence = globalThis as unknown as { claimdeskEvidence?: DeskIndex };
const desk = (globalForEvidence.claimdeskEvidence ??= { index: new EvidenceIndex(), loaded: new Set(), stamp: "", refreshing: null });

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
      desk.index.add({ snapshotId: row.id, sourceId: row.sourceId, passages }, row.text);
      desk.loaded.add(row.id);
    }
  }
}

async function refresh(stamp: string) {
  const ids = new Set((await prisma.snapshot.findMany({ select: { id: true } })).map((r) => r.id));
  for (const id of desk.loaded) if (!ids.has(id)) (desk.index.remove(id), desk.loaded.delete(id));
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
