/**
 * Prints a `ConfirmationDocument` as an A4 PDF with pdf-lib and an embedded Unicode font (DejaVu
 * Sans, subset to the characters used), so names in Cyrillic, Greek, Arabic, Vietnamese or any
 * other script DejaVu covers print as themselves; fontkit lays out right-to-left text and Arabic
 * letter forms. A character the font lacks (a CJK name, an emoji) is replaced — by a plain
 * look-alike or its base letter where there is one, otherwise by "?" — so no input can make the
 * rendering fail.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { PDFDocument, rgb } from 'pdf-lib';
import type { ConfirmationDocument, DocumentSection } from './sea-time-confirmation.js';

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};
let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** The font files, read once (about 1.4 MB; each PDF embeds only the glyphs it uses). */
function loadFonts() {
  fontBytes ??= Promise.all([readFile(FONT_FILES.regular), readFile(FONT_FILES.bold)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  return fontBytes;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const CONTENT_WIDTH = A4[0] - 2 * MARGIN;
const LABEL_WIDTH = 170;

const INK = rgb(0.11, 0.13, 0.16);
const MUTED = rgb(0.37, 0.41, 0.46);
const ACCENT = rgb(0.05, 0.22, 0.4);
const RULE = rgb(0.78, 0.81, 0.85);

/** Look-alikes that have a plain equivalent, for a font that lacks them. */
const REPLACEMENTS: Record<string, string> = {
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2043': '-',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u202F': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2248': '~',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\uFEFF': '',
  // Letters with a stroke have no decomposition; write the letter without it.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŧ: 'T',
  ŧ: 't',
  Ɨ: 'I',
  ɨ: 'i',
};

const CHARSETS = new WeakMap<PDFFont, Set<number>>();

/** `text` with every character `font` cannot encode replaced, and no line breaks or control characters. */
export function sanitiseFor(font: PDFFont, text: string): string {
  let charset = CHARSETS.get(font);
  if (!charset) {
    charset = new Set(font.getCharacterSet());
    CHARSETS.set(font, charset);
  }
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else if (charset.has(code)) out += ch;
    else if (/\p{Extended_Pictographic}/u.test(ch) || ch === '\uFE0E' || ch === '\uFE0F')
      continue; // emoji and their variation selectors: nothing to print
    else if (Object.hasOwn(REPLACEMENTS, ch)) out += REPLACEMENTS[ch];
    else {
      // "ő" → "o": the base letter without its combining marks, if the font has it.
      const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
      out += base && [...base].every((c) => charset.has(c.codePointAt(0) ?? -1)) ? base : '?';
    }
  }
  return out;
}

/** Split `text` into lines no wider than `width` at `size`, breaking at spaces (or inside a word too long for a line). */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

type Fonts = { regular: PDFFont; bold: PDFFont };

/** Writes top to bottom across as many pages as the content needs. */
class Writer {
  page: PDFPage;
  y: number;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
    private readonly bottom: number,
  ) {
    this.page = this.newPage();
    this.y = A4[1] - MARGIN;
  }

  private newPage(): PDFPage {
    const page = this.pdf.addPage(A4);
    // A thin band along the top edge marks every page.
    page.drawRectangle({ x: 0, y: A4[1] - 8, width: A4[0], height: 8, color: ACCENT });
    this.pages.push(page);
    return page;
  }

  /** Start a new page unless `height` more points fit on this one. */
  need(height: number) {
    if (this.y - height >= this.bottom) return;
    this.page = this.newPage();
    this.y = A4[1] - MARGIN;
  }

  text(
    s: string,
    opts: {
      x?: number;
      size: number;
      bold?: boolean;
      color?: ReturnType<typeof rgb>;
      width?: number;
      leading?: number;
    },
  ): void {
    const font = opts.bold ? this.fonts.bold : this.fonts.regular;
    const leading = opts.leading ?? opts.size * 1.35;
    for (const line of wrap(font, sanitiseFor(font, s), opts.size, opts.width ?? CONTENT_WIDTH)) {
      this.need(leading);
      this.y -= leading;
      this.page.drawText(line, {
        x: opts.x ?? MARGIN,
        y: this.y + (leading - opts.size) / 2,
        size: opts.size,
        font,
        color: opts.color ?? INK,
      });
    }
  }

  rule(color = RULE, thickness = 0.75) {
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: MARGIN + CONTENT_WIDTH, y: this.y },
      thickness,
      color,
    });
  }

  gap(points: number) {
    this.y -= points;
  }

  section(section: DocumentSection) {
    this.need(60);
    this.gap(14);
    this.text(section.heading, { size: 11.5, bold: true, color: ACCENT });
    this.gap(3);
    this.rule();
    this.gap(4);
    for (const row of section.rows) this.row(row.label, row.value);
  }

  /** A label and its value side by side; the row's height is that of the taller. */
  row(label: string, value: string) {
    const size = 10.5;
    const leading = 15;
    const labelLines = wrap(this.fonts.regular, sanitiseFor(this.fonts.regular, label), 9.5, LABEL_WIDTH - 12);
    const valueLines = wrap(this.fonts.bold, sanitiseFor(this.fonts.bold, value), size, CONTENT_WIDTH - LABEL_WIDTH);
    const lines = Math.max(labelLines.length, valueLines.length);
    this.need(lines * leading + 2);
    const top = this.y;
    labelLines.forEach((l, i) => {
      this.page.drawText(l, {
        x: MARGIN,
        y: top - (i + 1) * leading + 4,
        size: 9.5,
        font: this.fonts.regular,
        color: MUTED,
      });
    });
    valueLines.forEach((l, i) => {
      this.page.drawText(l, {
        x: MARGIN + LABEL_WIDTH,
        y: top - (i + 1) * leading + 4,
        size,
        font: this.fonts.bold,
        color: INK,
      });
    });
    this.y = top - lines * leading - 2;
  }
}

/** The lines of the footer, with their size, measured before the body so the body stops above it. */
function footerLines(doc: ConfirmationDocument, font: PDFFont): { text: string; size: number }[] {
  const size = 7.5;
  const out: { text: string; size: number }[] = [];
  const add = (s: string, indent = '') =>
    wrap(font, sanitiseFor(font, s), size, CONTENT_WIDTH - (indent ? 8 : 0)).forEach((l, i) => {
      out.push({ text: (i === 0 ? indent : indent.replace(/./g, ' ')) + l, size });
    });
  add(doc.footer.calculation);
  add(doc.footer.basis);
  for (const source of doc.footer.sources) add(source, '• ');
  add(doc.footer.prepared);
  return out;
}

/** The confirmation as PDF bytes. */
export async function renderConfirmationPdf(doc: ConfirmationDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(doc.title);
  pdf.setLanguage({ nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }[doc.locale]);
  pdf.setCreator('Losen');
  pdf.setProducer('Losen');
  pdf.registerFontkit(fontkit);
  const bytes = await loadFonts();
  const fonts: Fonts = {
    regular: await pdf.embedFont(bytes.regular, { subset: true }),
    bold: await pdf.embedFont(bytes.bold, { subset: true }),
  };

  const footer = footerLines(doc, fonts.regular);
  const footerLeading = 10;
  const footerHeight = footer.length * footerLeading + 14;
  const w = new Writer(pdf, fonts, MARGIN + footerHeight + 12);

  w.text(doc.title, { size: 24, bold: true, color: ACCENT, leading: 30 });
  w.gap(2);
  w.text(doc.subtitle, { size: 10, color: MUTED });
  for (const section of doc.sections) w.section(section);

  w.need(60);
  w.gap(16);
  w.text(doc.statement, { size: 10, leading: 14 });
  w.section(doc.signer);

  // Room to sign by hand, then the two lines with their captions.
  w.need(70);
  w.gap(44);
  const half = (CONTENT_WIDTH - 28) / 2;
  for (const [i, caption] of [doc.placeAndDate, doc.signature].entries()) {
    const x = MARGIN + i * (half + 28);
    w.page.drawLine({ start: { x, y: w.y }, end: { x: x + half, y: w.y }, thickness: 0.9, color: INK });
    w.page.drawText(sanitiseFor(fonts.regular, caption), {
      x,
      y: w.y - 12,
      size: 8.5,
      font: fonts.regular,
      color: MUTED,
    });
  }
  w.gap(16);

  for (const page of w.pages) {
    let y = MARGIN + footerHeight;
    page.drawLine({ start: { x: MARGIN, y }, end: { x: MARGIN + CONTENT_WIDTH, y }, thickness: 0.5, color: RULE });
    y -= 6;
    for (const line of footer) {
      y -= footerLeading;
      page.drawText(line.text, { x: MARGIN, y, size: line.size, font: fonts.regular, color: MUTED });
    }
  }
  return pdf.save();
}
