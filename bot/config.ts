/**
 * Configuration from the environment, validated once, here (the only module that reads
 * `process.env`). See `.env.sample`.
 */
import { z } from 'zod';

const optionalString = z.string().trim().min(1).optional().catch(undefined);

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
  /** Requests per minute per client on the chat API. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(60),
  /** Bearer token for the staff pages and APIs (/staff, /api/triage); unset leaves them open. */
  STAFF_TOKEN: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_API_URL: optionalString,
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
});

export type Config = z.infer<typeof schema>;

/** The configuration of `env`; throws with every problem listed when it is invalid. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
