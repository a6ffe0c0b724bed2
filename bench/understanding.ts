/**
 * How fast Losen understands one message: the topic classifier's share (`classifyTopics`: folding,
 * features, the linear model, calibration and the policy), and the whole understanding of a message
 * (`understand`: language, every question of it with its topic, every fact, corrections, the answer),
 * on real example messages, on e-mails of 2,000 characters, and on 1 KB and 10 KB texts to show that
 * time grows linearly with length.
 *
 * Per-message percentiles are given twice: wall clock of each call on its own (a busy machine's
 * scheduler inflates the tail), and CPU time per message (each message classified `repeats` times
 * in a row, the process's CPU time divided), which is what the goals are checked against. The
 * per-length figures are CPU time from the shared harness (median of rounds).
 */
import { trainingExamples } from '../understanding/classifier/data.js';
import { classifyTopics } from '../understanding/topics.js';
import { understand } from '../understanding/understand.js';
import { consume, gc, measure, type RoundOptions, type Timing } from './lib/harness.js';

/** The goals of issue 11 for understanding one message. */
export const UNDERSTANDING_GOALS = { p50Ms: 0.3, p99Ms2000: 2, tenKbMs: 50, linearRatio: 15 } as const;

export type UnderstandingResult = {
  messages: number;
  p50Ms: number;
  p99Ms: number;
  emails2000: number;
  p50Ms2000: number;
  p99Ms2000: number;
  cpuP50Ms: number;
  cpuP99Ms: number;
  cpuP50Ms2000: number;
  cpuP99Ms2000: number;
  oneKb: Timing;
  tenKb: Timing;
  /** CPU time of a 10 KB text ÷ a 1 KB text (10 means exactly linear). */
  ratio: number;
  modelLoadMs: number;
  /** The same for the whole understanding of a message (`understand`), CPU time. */
  full: {
    messages: number;
    cpuP50Ms: number;
    cpuP99Ms: number;
    emails2000: number;
    cpuP50Ms2000: number;
    cpuP99Ms2000: number;
    oneKb: Timing;
    tenKb: Timing;
    ratio: number;
  };
};

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Time each text once (after a warm-up pass) and return the sorted times in ms. */
function timeEach(texts: readonly string[]): number[] {
  for (const t of texts.slice(0, 200)) consume(classifyTopics(t));
  gc?.();
  const times = texts.map((t) => {
    const start = process.hrtime.bigint();
    consume(classifyTopics(t));
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return times.sort((a, b) => a - b);
}

/** What one understanding of a message is read with: today's date, nothing asked yet. */
const FIRST_TURN = { today: '2026-12-07' };
const understandOne = (text: string) => understand(text, FIRST_TURN);

/** CPU time per text (ms): each text read by `read` (the classifier by default) `repeats` times, sorted. */
function cpuEach(
  texts: readonly string[],
  repeats: number,
  read: (text: string) => unknown = classifyTopics,
): number[] {
  const times = texts.map((t) => {
    const start = process.cpuUsage();
    for (let i = 0; i < repeats; i++) consume(read(t));
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / repeats;
  });
  return times.sort((a, b) => a - b);
}

/** E-mails of about `length` characters, each made of different example messages with a greeting. */
function emails(texts: readonly string[], length: number, count: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    let mail = 'Hei,\n\n';
    while (mail.length < length) {
      mail += `${texts[at % texts.length]} `;
      at += 7;
    }
    out.push(`${mail.slice(0, length - 20)}\n\nMvh\nKari Nordmann`);
  }
  return out;
}

export async function runUnderstanding(
  options: RoundOptions & { messages: number; emails: number; repeats: number },
  log: (line: string) => void,
): Promise<UnderstandingResult> {
  const loadStart = performance.now();
  consume(classifyTopics('Trenger vi bemanningssertifikat?'));
  const modelLoadMs = performance.now() - loadStart;
  const texts = trainingExamples().map((e) => e.text);
  const sample = texts.filter((_, i) => i % Math.max(1, Math.floor(texts.length / options.messages)) === 0);
  log(`  ${sample.length} example messages, one at a time`);
  const single = timeEach(sample);
  const cpuSingle = cpuEach(sample.slice(0, 500), options.repeats * 4);
  log(`  ${options.emails} e-mails of 2,000 characters`);
  const mails = emails(texts, 2000, options.emails);
  const long = timeEach(mails);
  const cpuLong = cpuEach(mails, options.repeats);
  const oneKbText = emails(texts, 1000, 1)[0] ?? '';
  const tenKbText = emails(texts, 10_000, 1)[0] ?? '';
  log('  1 KB and 10 KB texts');
  const oneKb = await measure({ sync: () => classifyTopics(oneKbText) }, options);
  const tenKb = await measure({ sync: () => classifyTopics(tenKbText) }, options);
  log('  the whole understanding (understand): the same messages, e-mails and texts');
  for (const t of sample.slice(0, 200)) consume(understandOne(t));
  const fullSingle = cpuEach(sample.slice(0, 500), options.repeats, understandOne);
  const fullMails = mails.slice(0, Math.min(mails.length, 200));
  for (const t of fullMails.slice(0, 50)) consume(understandOne(t));
  const fullLong = cpuEach(fullMails, Math.max(1, Math.floor(options.repeats / 3)), understandOne);
  const fullOneKb = await measure({ sync: () => understandOne(oneKbText) }, options);
  const fullTenKb = await measure({ sync: () => understandOne(tenKbText) }, options);
  return {
    messages: sample.length,
    p50Ms: percentile(single, 0.5),
    p99Ms: percentile(single, 0.99),
    emails2000: long.length,
    p50Ms2000: percentile(long, 0.5),
    p99Ms2000: percentile(long, 0.99),
    cpuP50Ms: percentile(cpuSingle, 0.5),
    cpuP99Ms: percentile(cpuSingle, 0.99),
    cpuP50Ms2000: percentile(cpuLong, 0.5),
    cpuP99Ms2000: percentile(cpuLong, 0.99),
    oneKb,
    tenKb,
    ratio: tenKb.nsPerOp / oneKb.nsPerOp,
    modelLoadMs,
    full: {
      messages: Math.min(sample.length, 500),
      cpuP50Ms: percentile(fullSingle, 0.5),
      cpuP99Ms: percentile(fullSingle, 0.99),
      emails2000: fullMails.length,
      cpuP50Ms2000: percentile(fullLong, 0.5),
      cpuP99Ms2000: percentile(fullLong, 0.99),
      oneKb: fullOneKb,
      tenKb: fullTenKb,
      ratio: fullTenKb.nsPerOp / fullOneKb.nsPerOp,
    },
  };
}
