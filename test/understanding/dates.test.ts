/**
 * Dates as people write them in bokmål, nynorsk and English, and the written policies of
 * understanding/dates.ts: day before month, the two-digit-year window, a month without a day
 * (partial), a day and month without a year (inferred, flagged), impossible dates.
 */
import { describe, expect, test } from 'vitest';
import {
  type DateHit,
  expandTwoDigitYear,
  findDates,
  inferYear,
  nextOccurrence,
  parseDateAnswer,
  readDate,
} from '../../understanding/dates.js';
import { fold } from '../../understanding/normalize.js';

const TODAY = '2026-03-15';

describe('a reply that is one date', () => {
  test.each([
    // numeric, Norwegian style
    { name: 'day, month and a two-digit year with points', text: '31.08.25', iso: '2025-08-31' },
    { name: 'day, month and a four-digit year with points', text: '31.08.2025', iso: '2025-08-31' },
    { name: 'day/month-two-digit year, as Norwegians write it by hand', text: '31/8-25', iso: '2025-08-31' },
    { name: 'day/month-four-digit year', text: '31/8-2025', iso: '2025-08-31' },
    { name: 'slashes and a four-digit year', text: '31/08/2025', iso: '2025-08-31' },
    { name: 'dashes and a four-digit year', text: '31-08-2025', iso: '2025-08-31' },
    { name: 'single-digit day and month', text: '1.3.2024', iso: '2024-03-01' },
    { name: 'ISO', text: '2024-03-01', iso: '2024-03-01' },
    { name: 'ISO without leading zeros', text: '2024-3-1', iso: '2024-03-01' },
    // month names, bokmål and nynorsk
    { name: 'bokmål "1. mars 2024"', text: '1. mars 2024', iso: '2024-03-01' },
    { name: 'without the point after the day', text: '1 mars 2024', iso: '2024-03-01' },
    { name: 'nynorsk "den 3. desember 2025"', text: 'den 3. desember 2025', iso: '2025-12-03' },
    { name: 'an abbreviated month with a point', text: '12. okt. 2025', iso: '2025-10-12' },
    { name: 'abbreviated "des." for desember', text: '24. des. 2025', iso: '2025-12-24' },
    { name: 'capital letters do not matter', text: '1. MAI 2026', iso: '2026-05-01' },
    { name: 'a weekday before the date does not matter', text: 'mandag 1. juni 2026', iso: '2026-06-01' },
    { name: 'inside a nynorsk sentence', text: 'Sertifikatet vart skrive ut 2. juni 2025.', iso: '2025-06-02' },
    // English
    { name: 'English "1st of March 2024"', text: '1st of March 2024', iso: '2024-03-01' },
    { name: 'English "the 2nd of May 2027"', text: 'the 2nd of May 2027', iso: '2027-05-02' },
    { name: 'English "March 1, 2024"', text: 'March 1, 2024', iso: '2024-03-01' },
    { name: 'English "March 1st 2024"', text: 'March 1st 2024', iso: '2024-03-01' },
    { name: 'English "1 June 2024"', text: '1 June 2024', iso: '2024-06-01' },
    { name: 'English "Dec. 3, 2025"', text: 'Dec. 3, 2025', iso: '2025-12-03' },
    { name: 'English "October 12th, 2025"', text: 'October 12th, 2025', iso: '2025-10-12' },
    // the day in ordinal words
    {
      name: 'English "the twenty-second of October 2024"',
      text: 'the twenty-second of October 2024',
      iso: '2024-10-22',
    },
    { name: 'English "October twenty second, 2024"', text: 'October twenty second, 2024', iso: '2024-10-22' },
    { name: 'English "the first of June 2025"', text: 'the first of June 2025', iso: '2025-06-01' },
    { name: 'English "thirty-first of December 2025"', text: 'thirty-first of December 2025', iso: '2025-12-31' },
    { name: 'bokmål «den tredje mars 2025»', text: 'den tredje mars 2025', iso: '2025-03-03' },
    { name: 'bokmål «tjueførste oktober 2024»', text: 'tjueførste oktober 2024', iso: '2024-10-21' },
    { name: 'nynorsk «fyrste juni 2025»', text: 'fyrste juni 2025', iso: '2025-06-01' },
    {
      name: 'nynorsk «tjue-åttande mai 2026»: 28, the eighth in a compound',
      text: 'tjue-åttande mai 2026',
      iso: '2026-05-28',
    },
    // relative days
    { name: 'bokmål "i dag"', text: 'i dag', iso: '2026-03-15' },
    { name: 'bokmål "i går"', text: 'i går', iso: '2026-03-14' },
    { name: '"i går" typed without å', text: 'i gar', iso: '2026-03-14' },
    { name: 'bokmål "i forgårs"', text: 'i forgårs', iso: '2026-03-13' },
    { name: 'bokmål "i morgen"', text: 'i morgen', iso: '2026-03-16' },
    { name: 'nynorsk "i morgon"', text: 'i morgon', iso: '2026-03-16' },
    { name: 'nynorsk "i førgår"', text: 'i førgår', iso: '2026-03-13' },
    { name: 'English "today"', text: 'today', iso: '2026-03-15' },
    { name: 'English "yesterday"', text: 'yesterday', iso: '2026-03-14' },
    { name: 'English "the day before yesterday"', text: 'the day before yesterday', iso: '2026-03-13' },
    { name: 'English "tomorrow"', text: 'Tomorrow.', iso: '2026-03-16' },
    // the last weekday before today (15 March 2026 is a Sunday), and days or weeks ago
    { name: 'English "last Monday"', text: 'last Monday', iso: '2026-03-09' },
    {
      name: 'bokmål «forrige søndag» on a Sunday is a week ago, never today',
      text: 'forrige søndag',
      iso: '2026-03-08',
    },
    { name: 'nynorsk «førre fredag»', text: 'førre fredag', iso: '2026-03-13' },
    { name: '«sist lørdag» typed without ø', text: 'sist lordag', iso: '2026-03-14' },
    { name: 'English "3 days ago"', text: '3 days ago', iso: '2026-03-12' },
    { name: 'English "a week ago"', text: 'a week ago', iso: '2026-03-08' },
    { name: 'bokmål «for to uker siden»', text: 'for to uker siden', iso: '2026-03-01' },
    { name: 'nynorsk «for ei veke sidan»', text: 'for ei veke sidan', iso: '2026-03-08' },
    { name: 'nynorsk «for 10 dagar sidan»', text: 'for 10 dagar sidan', iso: '2026-03-05' },
  ])('$name: "$text"', ({ text, iso }) => {
    expect(parseDateAnswer(text, TODAY)).toBe(iso);
    expect(readDate(text, TODAY)).toMatchObject({ kind: 'date', iso });
  });
});

describe('a two-digit year is read in a window ending ten years after today', () => {
  test.each([
    { name: 'last year', yy: 25, today: '2026-03-15', year: 2025 },
    { name: 'this year', yy: 26, today: '2026-03-15', year: 2026 },
    { name: 'ten years ahead is still this century', yy: 36, today: '2026-03-15', year: 2036 },
    { name: 'eleven years ahead is the last century', yy: 37, today: '2026-03-15', year: 1937 },
    { name: 'a birth year in the nineties', yy: 90, today: '2026-03-15', year: 1990 },
    { name: 'year 00', yy: 0, today: '2026-03-15', year: 2000 },
    { name: 'the window moves with today', yy: 95, today: '2090-01-01', year: 2095 },
    { name: 'without a valid today, 69 is 2069', yy: 69, today: 'not a date', year: 2069 },
    { name: 'without a valid today, 70 is 1970', yy: 70, today: 'not a date', year: 1970 },
  ])('$name: $yy → $year', ({ yy, today, year }) => {
    expect(expandTwoDigitYear(yy, today)).toBe(year);
  });

  test.each([
    { name: 'a birth date "17.04.90" is in 1990', text: '17.04.90', iso: '1990-04-17' },
    { name: 'an expiry date "31.12.30" is in 2030', text: '31.12.30', iso: '2030-12-31' },
  ])('$name', ({ text, iso }) => {
    const [hit] = findDates(fold(text), TODAY);
    expect(hit).toMatchObject({ iso, twoDigitYear: true });
  });

  test('two-digit years with dashes only are not dates (they read as ranges: "10-12-15")', () => {
    expect(findDates(fold('10-12-15 personer'), TODAY)).toEqual([]);
  });
});

describe('numeric dates are day first unless that is impossible', () => {
  test.each([
    {
      name: 'Norwegian 03.04.2024 is 3 April, and both orders fit',
      text: '03.04.2024',
      hit: { iso: '2024-04-03', orderAmbiguous: true },
    },
    {
      name: 'English 03/04/2024 is also 3 April (flagged so an English conversation can confirm)',
      text: 'issued 03/04/2024',
      hit: { iso: '2024-04-03', orderAmbiguous: true },
    },
    {
      name: 'American 03/14/2024 can only be 14 March',
      text: '03/14/2024',
      hit: { iso: '2024-03-14', monthFirst: true },
    },
    { name: 'the same day and month is not ambiguous', text: '05.05.2024', hit: { iso: '2024-05-05' } },
    { name: 'a day over 12 is not ambiguous', text: '31.08.2025', hit: { iso: '2025-08-31' } },
  ])('$name', ({ text, hit }) => {
    const [found, ...rest] = findDates(fold(text), TODAY);
    expect(rest).toEqual([]);
    expect(found).toMatchObject(hit);
    if (!('orderAmbiguous' in hit)) expect(found?.orderAmbiguous).toBeUndefined();
  });
});

describe('a numeric date is month first when the message says so', () => {
  test.each([
    {
      name: '"(american format, May 6)" after 05/06/2026',
      text: 'issued 05/06/2026 (american format, May 6)',
      iso: '2026-05-06',
    },
    { name: '"in US format" anywhere in the message', text: '05/06/2026 in US format', iso: '2026-05-06' },
    {
      name: '"(that\'s December 1st)" after 12/01/2025',
      text: "issued 12/01/2025 (that's December 1st)",
      iso: '2025-12-01',
    },
    { name: '«(dvs 6. mai)» after 05.06.2026', text: 'utstedt 05.06.2026 (dvs 6. mai)', iso: '2026-05-06' },
    {
      name: '«(5. juni)» after 05.06.2026 agrees with day first',
      text: 'utstedt 05.06.2026 (5. juni)',
      iso: '2026-06-05',
    },
  ])('$name: one date, $iso', ({ text, iso }) => {
    const hits = findDates(fold(text), TODAY, { yearless: true });
    expect(hits.map((h) => h.iso)).toEqual([iso]);
  });

  test('a month named later in the sentence is another date, not the first one again', () => {
    const hits = findDates(fold('issued 05/06/2026 and expires May 6'), TODAY, { yearless: true });
    expect(hits.map((h) => h.iso)).toEqual(['2026-06-05', '2026-05-06']);
  });
});

describe('"so long ago today" is that day, so many years or months back', () => {
  test.each([
    { text: 'issued 2 years ago today', iso: '2024-03-15' },
    { text: 'utstedt for 2 år siden i dag', iso: '2024-03-15' },
    { text: 'fikk den for ett år siden i dag', iso: '2025-03-15' },
    { text: 'six months ago today', iso: '2025-09-15' },
  ])('"$text" is $iso, never today', ({ text, iso }) => {
    expect(findDates(fold(text), TODAY).map((h) => h.iso)).toEqual([iso]);
  });

  test('"2 years ago" without "today" is no day', () => {
    expect(findDates(fold('issued 2 years ago'), TODAY)).toEqual([]);
  });
});

describe('a month without a day is a partial date (the conversation asks for the day)', () => {
  test.each([
    { name: 'bokmål and nynorsk "juni 2024"', text: 'juni 2024', year: 2024, month: 6 },
    { name: 'with "i" before it', text: 'i juni 2024', year: 2024, month: 6 },
    { name: 'English "June 2024"', text: 'June 2024', year: 2024, month: 6 },
    { name: 'an abbreviated month "okt. 2023"', text: 'okt. 2023', year: 2023, month: 10 },
    { name: 'numeric "06/2024"', text: '06/2024', year: 2024, month: 6 },
    { name: 'numeric "6.2024"', text: '6.2024', year: 2024, month: 6 },
  ])('$name', ({ text, year, month }) => {
    const [hit] = findDates(fold(text), TODAY);
    expect(hit).toMatchObject({ iso: undefined, partial: { year, month } });
    expect(readDate(text, TODAY)).toMatchObject({ kind: 'partial', year, month });
    expect(parseDateAnswer(text, TODAY)).toBeUndefined();
  });

  test('a full date wins over the month and year inside it', () => {
    expect(findDates(fold('1. juni 2024'), TODAY)).toEqual([{ iso: '2024-06-01', start: 0, end: 12 }]);
    expect(findDates(fold('June 1, 2024'), TODAY)).toEqual([{ iso: '2024-06-01', start: 0, end: 12 }]);
  });
});

describe('a year said relative to today\'s ("i fjor", "last year", "i år", "neste år")', () => {
  test.each([
    { name: 'bokmål/nynorsk "3. mai i fjor"', text: 'ho vart skriven ut 3. mai i fjor', iso: '2025-05-03' },
    { name: 'without a space "3. mai ifjor"', text: '3. mai ifjor', iso: '2025-05-03' },
    { name: 'without æøå "1. mars i ar"', text: '1. mars i ar', iso: '2026-03-01' },
    { name: 'bokmål "20. januar neste år"', text: '20. januar neste år', iso: '2027-01-20' },
    { name: 'English "the 3rd of May last year"', text: 'the 3rd of May last year', iso: '2025-05-03' },
    { name: 'English "May 3 last year"', text: 'May 3 last year', iso: '2025-05-03' },
    { name: 'English "3 May this year"', text: '3 May this year', iso: '2026-05-03' },
  ])('$name', ({ text, iso }) => {
    expect(parseDateAnswer(text, TODAY)).toBe(iso);
    expect(readDate(text, TODAY)).toMatchObject({ kind: 'date', iso });
  });

  test.each([
    { text: 'mai i fjor', year: 2025, month: 5 },
    { text: 'in May last year', year: 2025, month: 5 },
  ])('a month in a relative year asks for the day: "$text"', ({ text, year, month }) => {
    expect(readDate(text, TODAY)).toMatchObject({ kind: 'partial', year, month });
  });
});

describe('a day and month without a year: the year nearest today, flagged, only when asked for', () => {
  test.each([
    { name: 'bokmål "1. mars" a fortnight ago', text: '1. mars', iso: '2026-03-01' },
    { name: 'nynorsk "2. juni" in under three months', text: '2. juni', iso: '2026-06-02' },
    { name: '"1. desember" is last December, not next', text: '1. desember', iso: '2025-12-01' },
    { name: 'numeric "31.8." with the Norwegian closing point', text: '31.8.', iso: '2026-08-31' },
    { name: 'numeric "1/10" is 1 October', text: '1/10', iso: '2025-10-01' },
    { name: 'English "March 1"', text: 'March 1', iso: '2026-03-01' },
    { name: 'English "1st of March"', text: 'the 1st of March', iso: '2026-03-01' },
    { name: 'English "May 2nd"', text: 'May 2nd', iso: '2026-05-02' },
    { name: 'a leap day goes to the latest leap year', text: '29.2.', iso: '2024-02-29' },
  ])('$name', ({ text, iso }) => {
    const hits = findDates(fold(text), TODAY, { yearless: true });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ iso, yearInferred: true });
    expect(readDate(text, TODAY)).toMatchObject({ kind: 'date', iso, hit: { yearInferred: true } });
    // A one-date answer is never guessed: parseDateAnswer leaves it to the conversation.
    expect(parseDateAnswer(text, TODAY)).toBeUndefined();
  });

  test.each([
    { name: "a day still to come this year is this year's", month: 12, day: 24, iso: '2026-12-24' },
    { name: 'today itself counts', month: 12, day: 5, iso: '2026-12-05' },
    { name: "a day just gone is next year's, never the nearest", month: 12, day: 1, iso: '2027-12-01' },
    { name: "a day gone this year is next year's («ny 1. januar»)", month: 1, day: 1, iso: '2027-01-01' },
    { name: "29 February after a leap year's is none next year", month: 2, day: 29, iso: undefined },
  ])('the next such day from 5 December 2026: $name', ({ month, day, iso }) => {
    expect(nextOccurrence(month, day, '2026-12-05')).toBe(iso);
  });

  test('a tie between last year and next year goes to the past', () => {
    // 15 September is 184 days from 15 March either way round the year.
    expect(inferYear(9, 15, '2026-03-15')).toBe('2025-09-15');
  });

  test.each([
    { name: 'without the option, "1. mars" is no date', text: '1. mars', options: {} },
    { name: 'an impossible day and month', text: '45. mai', options: { yearless: true } },
    { name: '"may" the verb before a number', text: 'we may 2 be', options: { yearless: true } },
    { name: 'a Norwegian name before a quantity', text: 'Jan 5 timer', options: { yearless: true } },
    { name: 'a fraction before a unit', text: '1/2 time', options: { yearless: true } },
    { name: '"24/7" means always', text: 'open 24/7', options: { yearless: true } },
    { name: 'a circular number', text: 'se RSV 5/2020', options: { yearless: true } },
    { name: 'a numbered document', text: 'rundskriv nr. 12/2016', options: { yearless: true } },
  ])('$name', ({ text, options }) => {
    expect(findDates(fold(text), TODAY, options)).toEqual([]);
  });
});

describe('what is not one date', () => {
  test.each([
    { name: '«åttende» and «attende» fold alike: the 8th or the 18th, not read', text: 'åttende mai 2026' },
    { name: '"thirty-second of May 2026" is no day', text: 'thirty-second of May 2026' },
    { name: 'an ordinal word without a year in digits', text: 'the second of May' },
  ])('$name', ({ text }) => {
    expect(parseDateAnswer(text, TODAY)).toBeUndefined();
  });
  test.each([
    { name: '30 February does not exist', text: '30. februar 2026', kind: 'impossible' },
    { name: '31 April does not exist', text: '31/04/2026', kind: 'impossible' },
    { name: 'two dates', text: 'fra 1. juni 2026 til 2. juni 2026', kind: 'several' },
    { name: 'a year alone', text: '2026', kind: 'none' },
    { name: 'a number with a unit', text: '12,5 m', kind: 'none' },
    { name: 'a decimal number', text: '23.5', kind: 'none' },
    { name: 'a thousands number', text: '1.250.000', kind: 'none' },
    { name: 'an empty reply', text: '', kind: 'none' },
    { name: 'a weekday alone could be past or coming', text: 'på mandag', kind: 'none' },
    { name: 'hours ago are no day', text: 'an hour ago', kind: 'none' },
  ])('$name: "$text" is $kind', ({ text, kind }) => {
    expect(readDate(text, TODAY).kind).toBe(kind);
    expect(parseDateAnswer(text, TODAY)).toBeUndefined();
  });

  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf 12', '__proto__ 2024'])(
    'the object key "%s" is no date and does not throw',
    (text) => {
      expect(findDates(fold(text), TODAY, { yearless: true })).toEqual([]);
      expect(readDate(text, TODAY)).toEqual({ kind: 'none' });
    },
  );

  test('relative days need a valid today', () => {
    expect(parseDateAnswer('i dag', 'not a date')).toBeUndefined();
  });
});

describe('dates in free text', () => {
  test('every date in order, with spans, flags and impossible ones marked', () => {
    const text = fold('Fra 1. juni 2026 til 30.02.2027, utløper 2029-09-14, i dag, og juni 2024.');
    const hits = findDates(text, TODAY);
    expect(hits.map((h) => h.iso)).toEqual(['2026-06-01', undefined, '2029-09-14', '2026-03-15', undefined]);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual([
      '1. juni 2026',
      '30.02.2027',
      '2029-09-14',
      'i dag',
      'juni 2024',
    ]);
    expect(hits[3]).toMatchObject({ relative: true } satisfies Partial<DateHit>);
  });

  test('a period written with two-digit years', () => {
    const hits = findDates(fold('Eg var om bord frå 01.03.24 til 31/8-25.'), TODAY);
    expect(hits.map((h) => h.iso)).toEqual(['2024-03-01', '2025-08-31']);
  });
});
