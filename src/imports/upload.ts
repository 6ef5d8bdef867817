import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Actor } from '../access/actor.ts';
import type { ImportKind } from '../access/capability.ts';
import { ImportFailedError, maxImportBytes, type ImportSummary } from '../kernel/importFiles.ts';
import { processIsGone } from '../db/lock.ts';
import { recordRefusedImport } from './record.ts';
import { headerOf, kindTheHeaderFits } from './recognise.ts';

// An uploaded data file, from the upload page or the API: received to a temporary folder, its
// form checked field by field, and imported all-or-nothing with the same words either way.

const uploadFields = z.object({
  kind: z.string(),
  set: z.string().optional(),
  period: z.string().optional(),
  mapping: z.string().optional(),
  plan: z.string().optional(),
});

declare module 'fastify' {
  interface FastifyRequest {
    /** Where this request's upload was saved: set only by the multipart file handler below. */
    uploadedFile: string | undefined;
  }
}

export type Field = { text: string; href: string };

export type CheckedUpload = {
  kind: ImportKind;
  file: string;
  options: { set?: string; period?: number; mapping?: string; plan?: number };
};

export type UploadForm =
  CheckedUpload | { errors: Field[]; fieldErrors: Record<string, string>; chosen: string };

// Each field's own message, for the field itself: only the fields at fault are marked.
const fieldErrorsOf = (errors: readonly Field[]) =>
  Object.fromEntries(errors.map((e) => [e.href.replace(/^#/, '').replace(/^kind-.*/, 'kind'), e.text]));

/** Checks the upload form; every problem is named against the field it belongs to. */
export function readUploadForm(
  importKinds: readonly ImportKind[],
  body: unknown,
  uploaded: string | undefined,
): UploadForm {
  const parsed = uploadFields.safeParse(body ?? {});
  const fields = parsed.success ? parsed.data : { kind: '' };
  const kind = importKinds.find((k) => k.key === fields.kind);
  const errors: Field[] = [];
  if (!kind)
    errors.push({ text: 'Choose what kind of file this is', href: `#kind-${importKinds[0]?.key ?? ''}` });
  if (!uploaded || fs.statSync(uploaded).size === 0)
    errors.push({ text: 'Choose a file to upload', href: '#file' });
  const periodText = fields.period?.trim() ?? '';
  const period = periodText === '' ? undefined : Number(periodText);
  if (
    kind?.fields.includes('period') &&
    period !== undefined &&
    !(Number.isInteger(period) && period >= 1990 && period <= 2100)
  ) {
    errors.push({ text: 'Enter the year as four digits, like 2019 for 2018/19', href: '#period' });
  }
  const set = fields.set?.trim() ?? '';
  if (kind?.fields.includes('set') && !/^\d{4}$/.test(set)) {
    errors.push({ text: 'Enter the year of DfE’s neighbour model, like 2025', href: '#set' });
  }
  const planText = fields.plan?.trim() ?? '';
  if (kind?.fields.includes('plan') && !/^\d{1,9}$/.test(planText)) {
    errors.push({
      text: 'Enter the number of the plan, as in its address: /plans/1 is plan 1',
      href: '#plan',
    });
  }
  if (errors.length > 0 || !kind || !uploaded)
    return { errors, fieldErrors: fieldErrorsOf(errors), chosen: fields.kind };
  return {
    kind,
    file: uploaded,
    options: {
      set,
      period,
      mapping: fields.mapping ?? '',
      ...(planText === '' ? {} : { plan: Number(planText) }),
    },
  };
}

class UnreadableUploadError extends Error {
  override name = 'UnreadableUploadError';
  readonly statusCode = 400;
}

// Busboy's own errors carry no status: they are known by what they say.
function isUnreadableUpload(error: unknown): boolean {
  return (
    error instanceof Error &&
    !('statusCode' in error) &&
    /multipart|part header|end of form|boundary/i.test(error.message)
  );
}

// Uploads wait in a folder of this process's own, so that what a process killed mid-import left
// behind is known by its number and cleared when Beacon next starts.
const uploadsRoot = path.join(os.tmpdir(), 'beacon-uploads');
export const uploadsFolder = () => {
  const folder = path.join(uploadsRoot, String(process.pid));
  fs.mkdirSync(folder, { recursive: true });
  return folder;
};

/** Removes the upload folders of Beacon processes that are no longer running. */
export function clearAbandonedUploads(root = uploadsRoot): string[] {
  if (!fs.existsSync(root)) return [];
  const cleared = fs
    .readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid && processIsGone(Number(name)));
  for (const name of cleared) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  return cleared;
}

/**
 * Receives multipart uploads in this plugin's scope. The file streams to a temporary folder rather
 * than memory; the other fields (the CSRF token among them) arrive as plain strings.
 */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  clearAbandonedUploads();
  // Multipart only here. The file streams to a temporary folder rather than memory; the other
  // fields (the CSRF token among them) arrive as plain strings for the usual checks.
  app.decorateRequest('uploadedFile', undefined);
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: maxImportBytes, files: 1, fields: 10 },
    async onFile(part) {
      const folder = fs.mkdtempSync(path.join(uploadsFolder(), 'upload-'));
      const name = path.basename(part.filename).replace(/[^\w.-]/g, '_') || 'upload';
      const target = path.join(folder, name);
      // The path is kept on the request, never taken from the form: a forged "file" field
      // must not be able to name a file on the server. Set before streaming, so that a file
      // cut off at the size limit is still cleaned up.
      this.uploadedFile = target;
      await pipeline(part.file, fs.createWriteStream(target));
      (part as unknown as { value: string }).value = part.filename;
    },
  });

  // A body the multipart parser cannot read (cut short, no boundary, a broken part header) is the
  // sender's fault: a 400 that says so, through the app's own error handler.
  app.setErrorHandler((error) => {
    if (isUnreadableUpload(error))
      throw new UnreadableUploadError(
        'The upload could not be read: it was cut short or is not a form from this page. Try again.',
      );
    throw error;
  });

  // Whatever happened, the upload's temporary folder goes when the response has been sent.
  app.addHook('onResponse', async (request) => {
    if (request.uploadedFile) fs.rmSync(path.dirname(request.uploadedFile), { recursive: true, force: true });
  });
}

export type UploadOutcome = { summary: ImportSummary } | { failed: ImportFailedError };

/**
 * Imports a checked upload. A refusal is audited, and a file chosen as the wrong kind is named
 * for the kind its columns fit, so the person is told what to choose instead.
 */
export async function importUpload(
  services: Services,
  actor: Actor,
  importKinds: readonly ImportKind[],
  form: CheckedUpload,
): Promise<UploadOutcome> {
  try {
    return { summary: await form.kind.run(services, actor, form.file, form.options) };
  } catch (error) {
    if (!(error instanceof ImportFailedError)) throw error;
    await recordRefusedImport(services.database.db, actor, form.kind.key, error);
    const header = headerOf(form.file);
    const lookAlike = header ? kindTheHeaderFits(importKinds, form.kind, header) : null;
    if (!lookAlike) return { failed: error };
    return {
      failed: new ImportFailedError(form.file, [
        {
          line: 1,
          message: `This file has the columns of “${lookAlike.title}”, not “${form.kind.title}”. Choose “${lookAlike.title}” as the kind of file and import it again.`,
        },
      ]),
    };
  }
}
