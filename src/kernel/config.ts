import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

function smtpAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const environmentSchema = z.object({
  // Unset means as deployed: `npm run dev` asks for development (templates read afresh) itself.
  NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z.url().optional(),
  BEACON_DATA_DIR: z.string().min(1).default('./data'),
  // Figures for fewer pupils than this show as "x" to roles below officer (SPEC "Rules").
  BEACON_SMALL_COHORT: z.coerce.number().int().min(1).max(100).default(6),
  BEACON_DEMO: flag.optional(),
  BEACON_LA_NAME: z.string().min(1).default('Portsmouth City Council'),
  BEACON_LA_CODE: z
    .string()
    .regex(/^\d{3}$/, 'BEACON_LA_CODE is DfE’s three-digit LA number, for example 851')
    .default('851'),
  BEACON_SESSION_SECRET: z
    .string()
    .min(32, 'BEACON_SESSION_SECRET must be at least 32 characters')
    .optional(),
  BEACON_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  BEACON_PUBLIC_URL: z.url().optional(),
  BEACON_OIDC_ISSUER: z.url().optional(),
  BEACON_OIDC_CLIENT_ID: z.string().min(1).optional(),
  BEACON_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  BEACON_OIDC_NAME: z.string().min(1).default('council single sign-on'),
  // PDFs: Debian's Chromium, how many pages print at once (2 cores: 2) and how many may wait.
  BEACON_CHROMIUM: z.string().min(1).default('/usr/bin/chromium'),
  BEACON_PDF_PAGES: z.coerce.number().int().min(1).max(16).default(2),
  BEACON_PDF_QUEUE: z.coerce.number().int().min(0).max(200).default(8),
  BEACON_PDF_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  // Email: where to send it (smtp:// or smtps://, with any user and password in the address) and
  // who it is from. Without an address Beacon tells people in Beacon only.
  BEACON_SMTP_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || smtpAddress(v), {
      message:
        'BEACON_SMTP_URL must be an SMTP address such as smtp://user:password@mail.example.gov.uk:587 or smtps://mail.example.gov.uk',
    }),
  BEACON_MAIL_FROM: z.string().min(3).default('Beacon <beacon@localhost>'),
  // When the daily reminders go out, as HH:MM in UK time.
  BEACON_DAILY_AT: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'BEACON_DAILY_AT is a time of day as HH:MM, like 06:30')
    .default('06:00'),
  // The API: how many requests one caller (a token, a session, else an address) may make a minute.
  BEACON_API_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(1200),
  // The proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated.
  BEACON_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    )
    .pipe(
      z.array(
        z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], {
          message: 'BEACON_TRUSTED_PROXIES lists IP addresses or CIDR ranges, separated by commas',
        }),
      ),
    ),
});

export type OidcConfig = {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUri: URL;
  name: string;
};

export type Config = {
  environment: 'production' | 'development' | 'test';
  port: number;
  host: string;
  database: { url: string } | { dataDir: string };
  dataDir: string;
  demo: boolean | undefined;
  localAuthority: { name: string; code: string };
  smallCohortThreshold: number;
  session: { secret: string; idleMinutes: number; secureCookie: boolean };
  publicUrl: URL;
  oidc: OidcConfig | undefined;
  /** Only these proxies may say who the client is (X-Forwarded-For); none by default. */
  trustedProxies: string[];
  printing: { chromiumPath: string; pages: number; queue: number; timeoutSeconds: number };
  mail: { smtpUrl: string | undefined; from: string; dailyAt: string };
  api: { requestsPerMinute: number };
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the environment once; in production a missing secret stops Beacon at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Beacon's configuration is not valid: ${problems}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = path.resolve(e.BEACON_DATA_DIR);
  // With PostgreSQL, several processes must sign cookies alike, so the secret is configured. The
  // embedded database is one process's own folder, where a secret made once and kept is as good.
  if (production && e.DATABASE_URL && !e.BEACON_SESSION_SECRET) {
    throw new ConfigError(
      'BEACON_SESSION_SECRET must be set in production with DATABASE_URL (at least 32 characters).',
    );
  }
  const publicUrl = new URL(e.BEACON_PUBLIC_URL ?? `http://localhost:${e.PORT}`);
  return {
    environment: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { url: e.DATABASE_URL } : { dataDir: path.join(dataDir, 'pgdata') },
    dataDir,
    demo: e.BEACON_DEMO,
    localAuthority: { name: e.BEACON_LA_NAME, code: e.BEACON_LA_CODE },
    smallCohortThreshold: e.BEACON_SMALL_COHORT,
    session: {
      secret: e.BEACON_SESSION_SECRET ?? developmentSecret(e.DATABASE_URL ? undefined : dataDir),
      idleMinutes: e.BEACON_SESSION_IDLE_MINUTES,
      secureCookie: publicUrl.protocol === 'https:',
    },
    publicUrl,
    oidc: readOidc(e, publicUrl),
    trustedProxies: e.BEACON_TRUSTED_PROXIES,
    printing: {
      chromiumPath: e.BEACON_CHROMIUM,
      pages: e.BEACON_PDF_PAGES,
      queue: e.BEACON_PDF_QUEUE,
      timeoutSeconds: e.BEACON_PDF_TIMEOUT_SECONDS,
    },
    mail: {
      smtpUrl: e.BEACON_SMTP_URL === '' ? undefined : e.BEACON_SMTP_URL,
      from: e.BEACON_MAIL_FROM,
      dailyAt: e.BEACON_DAILY_AT,
    },
    api: { requestsPerMinute: e.BEACON_API_REQUESTS_PER_MINUTE },
  };
}

function readOidc(e: z.infer<typeof environmentSchema>, publicUrl: URL): OidcConfig | undefined {
  const set = [e.BEACON_OIDC_ISSUER, e.BEACON_OIDC_CLIENT_ID, e.BEACON_OIDC_CLIENT_SECRET].filter(Boolean);
  if (set.length === 0) return undefined;
  if (!e.BEACON_OIDC_ISSUER || !e.BEACON_OIDC_CLIENT_ID || !e.BEACON_OIDC_CLIENT_SECRET) {
    throw new ConfigError(
      'Single sign-on needs all three of BEACON_OIDC_ISSUER, BEACON_OIDC_CLIENT_ID and BEACON_OIDC_CLIENT_SECRET.',
    );
  }
  return {
    issuer: new URL(e.BEACON_OIDC_ISSUER),
    clientId: e.BEACON_OIDC_CLIENT_ID,
    clientSecret: e.BEACON_OIDC_CLIENT_SECRET,
    redirectUri: new URL('/sign-in/sso/callback', publicUrl),
    name: e.BEACON_OIDC_NAME,
  };
}

// Without a configured secret one is made once per embedded data folder, so sessions survive a restart.
function developmentSecret(dataDir: string | undefined): string {
  if (!dataDir) return randomBytes(32).toString('hex');
  const file = path.join(dataDir, 'session-secret');
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}
