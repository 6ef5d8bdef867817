import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import type { Services } from '../../kernel/services.ts';
import type { Config } from '../../kernel/config.ts';
import { ValidationError } from '../../kernel/errors.ts';
import { academicYearLabel } from '../../performance/periods.ts';
import { schoolProfileFor } from '../../schools/profile.ts';
import { letterTemplates } from '../schema.ts';
import { defaultLetterTemplate, mergeLetter, templateProblems, type LetterData } from './template.ts';

export type LetterTemplate = { laCode: string; body: string; signedBy: string; isDefault: boolean };

const textCell = (cell: unknown): string =>
  typeof cell === 'string'
    ? cell
    : typeof cell === 'object' && cell !== null && 'text' in cell
      ? String(cell.text)
      : '';

export function createLettersService(db: Database, services: Services) {
  async function template(laCode: string): Promise<LetterTemplate> {
    const [row] = await db.select().from(letterTemplates).where(eq(letterTemplates.laCode, laCode));
    return row
      ? { laCode, body: row.body, signedBy: row.signedBy, isDefault: false }
      : { laCode, body: defaultLetterTemplate, signedBy: 'School Improvement Manager', isDefault: true };
  }

  return {
    template,

    async saveTemplate(actor: Actor, laCode: string, input: { body: string; signedBy: string }) {
      const body = input.body.replace(/\r\n/g, '\n');
      const problems = templateProblems(body).map((p) => ({ field: 'body', message: p.message }));
      if (input.signedBy.trim() === '')
        problems.push({ field: 'signedBy', message: 'Enter the name of the officer who signs the letter' });
      if (body.length > 20_000)
        problems.push({ field: 'body', message: 'The letter must be 20,000 characters or fewer' });
      if (problems.length > 0) throw new ValidationError(problems);
      const before = await template(laCode);
      await db.transaction(async (tx) => {
        const values = {
          laCode,
          body,
          signedBy: input.signedBy.trim(),
          updatedBy: actor.label,
          updatedAt: new Date(),
        };
        await tx
          .insert(letterTemplates)
          .values(values)
          .onConflictDoUpdate({ target: letterTemplates.laCode, set: values });
        await recordAudit(tx, actor, {
          action: 'letter.templateSaved',
          entityType: 'letterTemplate',
          entityId: laCode,
          before: { body: before.body, signedBy: before.signedBy },
          after: { body, signedBy: values.signedBy },
        });
      });
    },

    /**
     * A school's letter as the school itself reads it: its own user's view of its figures (small
     * cohorts withheld) and its category only where the council shares categories with schools.
     * The person asking must be allowed to see the school.
     */
    async letterFor(actor: Actor, urn: number, config: Config) {
      const school = await services.schools.get(actor, urn);
      const recipient: Actor = {
        userId: null,
        label: 'letter',
        role: 'school_user',
        schoolUrn: urn,
        trustId: null,
      };
      const profile = await schoolProfileFor(services, config, recipient, urn);
      // The letter is the council's, whichever LA's school it goes to: one Beacon, one set of words.
      const chosen = await template(config.localAuthority.code);
      const latest = Math.max(0, ...profile.results.stages.map((s) => s.period));
      const data: LetterData = {
        school: school.name,
        urn: String(school.urn),
        la: school.laName,
        year: latest > 0 ? academicYearLabel(latest) : 'the latest year',
        results: profile.results.stages.flatMap((stage) =>
          stage.results.rows.map((row) => {
            const [label, own, , england] = row.map(textCell);
            return `${label}: ${own}; England ${england}`;
          }),
        ),
        strengths: profile.strengths.map((f) => f.text),
        areas: profile.areasForDevelopment.map((f) => f.text),
        category: profile.concern?.category
          ? `The council's category of concern for the school is ${profile.concern.category}.`
          : '',
        officer: chosen.signedBy,
      };
      return { school, blocks: mergeLetter(chosen.body, data), figures: profile.figures };
    },

    /** The schools an LA's letters go to: open schools in the register, by name. */
    async schoolsOf(actor: Actor, laCode: string) {
      const { schools } = await services.schools.search(
        actor,
        { la: laCode, status: 'open' },
        { offset: 0, limit: 5000 },
      );
      return schools.map((s) => ({ urn: s.urn, name: s.name }));
    },
  };
}

export type LettersService = ReturnType<typeof createLettersService>;
