import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { statisticalNeighbours } from './schema.ts';
import type { NeighbourLink } from './imports/neighbours.ts';
import type { MergeCounts } from './repository.ts';

export const neighboursRepository = {
  /** Replaces one model's links whole; the counts compare it with what was stored. */
  async replaceSet(tx: Database, setName: string, links: NeighbourLink[]): Promise<MergeCounts> {
    const before = await tx
      .select()
      .from(statisticalNeighbours)
      .where(eq(statisticalNeighbours.setName, setName));
    const key = (l: { laCode: string; neighbourRank: number }) => `${l.laCode}|${l.neighbourRank}`;
    const stored = new Map(before.map((l) => [key(l), l]));
    const incoming = new Set(links.map(key));
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const link of links) {
      const old = stored.get(key(link));
      if (!old) added += 1;
      else if (old.neighbourCode === link.neighbourCode && old.closeness === link.closeness) unchanged += 1;
      else updated += 1;
    }
    const removed = before.filter((l) => !incoming.has(key(l))).length;
    if (added + updated + removed > 0) {
      await tx.delete(statisticalNeighbours).where(eq(statisticalNeighbours.setName, setName));
      if (links.length > 0)
        await tx.insert(statisticalNeighbours).values(links.map((l) => ({ ...l, setName })));
    }
    return { added, updated, unchanged, removed };
  },
};
