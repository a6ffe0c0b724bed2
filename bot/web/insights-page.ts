/**
 * The editors' insights page (`GET /staff/insights`): plain server-rendered HTML — tables with
 * captions and header cells, a GET form for the filters, no script (the CSP allows none inline,
 * and the page needs none). Everything from the store is escaped.
 */
import { texts } from '../../content/index.js';
import type { InsightsTexts } from '../../content/insights.js';
import { INSIGHTS_TEXTS } from '../../content/insights.js';
import { byLocale } from '../../content/localized.js';
import type { Locale } from '../../content/topic-ids.js';
import { isTopicId, LOCALES } from '../../content/topic-ids.js';
import type { InsightsReport, Rated } from '../insights/report.js';
import type { RecentItem } from '../insights/types.js';
import { NO_TOPIC } from '../insights/types.js';

const TEXTS = byLocale(INSIGHTS_TEXTS);
const TAGS: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** The page's texts in `locale`. */
export const insightsTexts = (locale: Locale): InsightsTexts => TEXTS[locale];

const ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);
/** `text` safe inside HTML text and quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES.get(c) ?? c);

type Columns = readonly (keyof Rated)[];
const COLUMNS: Columns = [
  'questions',
  'answers',
  'menus',
  'fallbacks',
  'handoffs',
  'up',
  'down',
  'fallbackRate',
  'clarifyRate',
];

export type PageOptions = {
  /** The page's language. */
  ui: Locale;
  /** The period asked for, in days, and the choices offered. */
  days: number;
  dayChoices: readonly number[];
};

function topicName(ui: Locale, topic: string): string {
  const t = insightsTexts(ui);
  if (topic === NO_TOPIC) return escapeHtml(t.noTopic);
  const title = isTopicId(topic) ? texts(ui).topics[topic].title : undefined;
  return title
    ? `${escapeHtml(title)} <span class="topic-id">${escapeHtml(topic)}</span>`
    : `<span class="topic-id">${escapeHtml(topic)}</span>`;
}

function table(ui: Locale, id: string, caption: string, head: string, rows: { th: string; counts: Rated }[]): string {
  const t = insightsTexts(ui);
  const number = new Intl.NumberFormat(TAGS[ui]);
  const percent = new Intl.NumberFormat(TAGS[ui], { style: 'percent', maximumFractionDigits: 1 });
  const cell = (counts: Rated, column: keyof Rated) => {
    const value = counts[column];
    if (value === null) return '<td>–</td>';
    return `<td>${column.endsWith('Rate') ? percent.format(value) : number.format(value)}</td>`;
  };
  const body =
    rows.length === 0
      ? `<tr><td colspan="${COLUMNS.length + 1}">${escapeHtml(t.none)}</td></tr>`
      : rows
          .map((r) => `<tr><th scope="row">${r.th}</th>${COLUMNS.map((c) => cell(r.counts, c)).join('')}</tr>`)
          .join('\n');
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(caption)}</h2>
<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">
<table>
<thead><tr><th scope="col">${escapeHtml(head)}</th>${COLUMNS.map((c) => `<th scope="col">${escapeHtml(t[c])}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>
</section>`;
}

function recentTable(ui: Locale, items: readonly RecentItem[]): string {
  const t = insightsTexts(ui);
  const when = new Intl.DateTimeFormat(TAGS[ui], { dateStyle: 'short', timeStyle: 'short' });
  const rows = items.map(
    (i) => `<tr>
<td>${escapeHtml(when.format(new Date(i.at)))}</td>
<td>${escapeHtml(i.kind === 'unanswered' ? t.unanswered : t.thumbsDown)}</td>
<td>${topicName(ui, i.topic)}</td>
<td>${escapeHtml(t.locales[i.locale])}</td>
<td lang="${i.locale}">${i.text ? escapeHtml(i.text) : `<span lang="${ui}">${escapeHtml(t.noQuestion)}</span>`}</td>
<td lang="${i.locale}">${escapeHtml(i.comment ?? '')}</td>
</tr>`,
  );
  const head = [t.when, t.why, t.topic, t.language, t.question, t.comment]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  return `<section aria-labelledby="recent-heading">
<h2 id="recent-heading">${escapeHtml(t.recent)}</h2>
<p>${escapeHtml(t.recentNote)}</p>
${
  rows.length === 0
    ? `<p>${escapeHtml(t.none)}</p>`
    : `<div class="table-scroll" role="region" aria-labelledby="recent-heading" tabindex="0">
<table class="recent">
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>`
}
</section>`;
}

function filters(ui: Locale, report: InsightsReport, options: PageOptions): string {
  const t = insightsTexts(ui);
  const option = (value: string, label: string, selected: boolean) =>
    `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  return `<form class="filters" method="get" action="/staff/insights">
<fieldset>
<legend>${escapeHtml(t.filters)}</legend>
<div class="field">
<label for="filter-locale">${escapeHtml(t.language)}</label>
<select id="filter-locale" name="locale">
${option('', t.allLanguages, report.locale === undefined)}
${LOCALES.map((l) => option(l, t.locales[l], report.locale === l)).join('\n')}
</select>
</div>
<div class="field">
<label for="filter-days">${escapeHtml(t.days)}</label>
<select id="filter-days" name="days">
${options.dayChoices.map((d) => option(String(d), t.lastDays(d), d === options.days)).join('\n')}
</select>
</div>
<input type="hidden" name="lang" value="${ui}">
<button type="submit" class="button">${escapeHtml(t.show)}</button>
</fieldset>
</form>`;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** The whole insights page for `report`. */
export function renderInsightsPage(report: InsightsReport, options: PageOptions): string {
  const { ui } = options;
  const t = insightsTexts(ui);
  const scope = { days: options.days, locale: report.locale };
  const languages = LOCALES.map(
    (l) =>
      `<li><a href="/staff/insights${escapeHtml(query({ ...scope, lang: l }))}" lang="${l}" hreflang="${l}"${
        l === ui ? ' aria-current="page"' : ''
      }>${escapeHtml(TEXTS[l].locales[l])}</a></li>`,
  ).join('');
  return `<!doctype html>
<html lang="${ui}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Losen – ${escapeHtml(t.title)}</title>
<link rel="stylesheet" href="/site.css">
<link rel="stylesheet" href="/staff/insights.css">
</head>
<body>
<header class="site-header">
<div class="wrap wrap--wide">
<p class="brand"><span class="brand__mark" aria-hidden="true"></span>Losen <span class="brand__sub">${escapeHtml(t.title)}</span></p>
</div>
</header>
<main class="wrap wrap--wide insights">
<nav class="page-language" aria-label="${escapeHtml(t.pageLanguage)}"><ul>${languages}</ul></nav>
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.intro(options.days))}</p>
<p>${escapeHtml(t.period(report.since, report.until))}</p>
${filters(ui, report, options)}
<p><a href="/api/insights${escapeHtml(query(scope))}">${escapeHtml(t.asJson)}</a></p>
${table(ui, 'totals-heading', t.totals, t.language, [
  { th: escapeHtml(report.locale ? t.locales[report.locale] : t.allLanguages), counts: report.totals },
])}
${table(
  ui,
  'topics-heading',
  t.byTopic,
  t.topic,
  report.topics.map((r) => ({ th: topicName(ui, r.topic), counts: r })),
)}
${table(
  ui,
  'days-heading',
  t.byDay,
  t.day,
  // Newest first, and only days with something counted (the JSON has every day).
  [...report.days]
    .reverse()
    .filter((r) => COLUMNS.some((c) => (r[c] ?? 0) > 0))
    .map((r) => ({ th: `<span class="day">${escapeHtml(r.day)}</span>`, counts: r })),
)}
${table(
  ui,
  'languages-heading',
  t.byLanguage,
  t.language,
  report.locales.map((r) => ({ th: escapeHtml(t.locales[r.locale]), counts: r })),
)}
${recentTable(ui, report.recent)}
<p class="privacy">${escapeHtml(t.privacy(report.retentionDays))}</p>
</main>
</body>
</html>
`;
}

/** The page shown with a 401: what it is and how to get in, nothing else. */
export function renderUnauthorizedPage(ui: Locale): string {
  const t = insightsTexts(ui);
  return `<!doctype html>
<html lang="${ui}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Losen – ${escapeHtml(t.title)}</title>
<link rel="stylesheet" href="/site.css">
</head>
<body>
<main class="wrap">
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.unauthorized)}</p>
</main>
</body>
</html>
`;
}
