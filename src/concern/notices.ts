import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { notifyEach } from '../access/notifications/notify.ts';
import { formatDate } from '../kernel/format.ts';
import { establishments } from '../schools/schema.ts';
import { peopleOfSchools } from '../schools/people.ts';
import { concernRepository } from './repository.ts';

// A school hears its category is there to see: when the LA decides one while it shares categories
// with its schools, and when it starts to share them. The notice names neither the category nor the
// reasons; the school reads what it may see on its own page.

type Decision = { id: number; urn: number; decidedOn: string };

export async function tellCategoriesShared(tx: Database, decisions: readonly Decision[]): Promise<number> {
  const people = await peopleOfSchools(
    tx,
    decisions.map((d) => d.urn),
  );
  return notifyEach(
    tx,
    decisions.map((d) => ({
      userIds: people.get(d.urn) ?? [],
      notice: {
        kind: 'category-shared',
        key: `category-shared:${String(d.id)}`,
        title: `The council has shared your school’s category, decided on ${formatDate(d.decidedOn)}`,
        href: `/schools/${String(d.urn)}`,
      },
    })),
  );
}

/** Every school of the LA with a category hears it is shared: when sharing is turned on. */
export async function tellLaCategoriesShared(tx: Database, laCode: string): Promise<number> {
  const schools = await tx
    .select({ urn: establishments.urn })
    .from(establishments)
    .where(eq(establishments.laCode, laCode));
  const current = await concernRepository.currentCategories(
    tx,
    schools.map((s) => s.urn),
  );
  return tellCategoriesShared(tx, [...current.values()]);
}
