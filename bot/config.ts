/**
 * Configuration from the environment, validated once, here (the only module that reads
 * `process.env`). See `.env.sample`.
 */
import { isIP } from 'node:net';
import { z } from 'zod';

const optionalString = z.string().trim().min(1).optional().catch(undefined);

/** A secret: unset or empty is absent; a short one is a configuration error, not silently ignored. */
const optionalSecret = z
  .string()
  .optional()
  .transform((s) => s?.trim() || undefined)
  .pipe(z.string().min(16, 'must be at least 16 characters').optional());

/** "1", "true", "yes" (any case) are on; anything else is off. */
const flag = z
  .string()
  .optional()
  .transform((s) => /^(1|true|yes)$/i.test(s?.trim() ?? ''));

/** An address or a CIDR range (IPv4 or IPv6). */
const isAddressOrRange = (s: string) => {
  const [address = '', bits, ...rest] = s.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
};

/**
 * Which proxies in front of Losen to believe about the client's address (X-Forwarded-For):
 * empty for none (the socket's address is the client), a hop count, or a comma-separated list of
 * proxy addresses and CIDR ranges. Fastify's `trustProxy` takes either form.
 */
const trustProxy = z
  .string()
  .default('')
  .transform((s, ctx): false | number | string[] => {
    const value = s.trim();
    if (value === '') return false;
    if (/^\d+$/.test(value)) return Number(value);
    const ranges = value
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    const bad = ranges.filter((r) => !isAddressOrRange(r));
    if (bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: `not a hop count or an address/CIDR list: ${bad.join(', ')}` });
      return z.NEVER;
    }
    return ranges;
  });

const schema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Directory of the embedded conversation store. */
  LOSEN_DATA_DIR: z.string().default('data/conversations'),
  /** Days the editors' insights keep their counters and the redacted questions (/staff/insights). */
  INSIGHTS_RETENTION_DAYS: z.coerce.number().int().min(1).max(366).default(21),
  /** Idle minutes before a conversation is forgotten. */
  CONVERSATION_TTL_MINUTES: z.coerce
    .number()
    .positive()
    .max(60 * 24)
    .default(30),
  /** Most conversations kept at once; a new one beyond this is refused with 503 until some expire. */
  MAX_CONVERSATIONS: z.coerce.number().int().positive().default(10_000),
  /**
   * Key of the conversation ids: signs the ids the web API issues and keys the ids of Slack and
   * Teams conversations. Without it a random key is made per process (conversations do not
   * survive a restart, and instances sharing Redis do not share them).
   */
  LOSEN_SECRET: optionalSecret,
  REDIS_URL: optionalString,
  /** The public address of this server (e.g. https://losen.example.no), for absolute download links in Slack and Teams. */
  PUBLIC_BASE_URL: optionalString,
  /** Origins allowed to embed the widget from another site, comma-separated. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** Proxies to believe about the client's address (see `trustProxy` above). */
  TRUST_PROXY: trustProxy,
  /** Requests per minute per client, shared by all API routes. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(60),
  /** Requests per minute per sending address on /slack/events and /api/messages (Slack's and Microsoft's servers). */
  CHANNEL_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Bearer token for the staff pages and APIs (/staff, /api/triage); unset: open (local use). */
  STAFF_TOKEN: optionalSecret,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_API_URL: optionalString,
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  /** Teams without authentication, answering only loopback service URLs (Bot Framework Emulator, tests). */
  TEAMS_LOCAL: flag,
});

export type Config = z.infer<typeof schema>;

/** Every variable the configuration reads (`.env.sample` lists them all). */
export const CONFIG_KEYS = Object.keys(schema.shape) as (keyof Config)[];

/** The configuration of `env`; throws with every problem listed when it is invalid. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
