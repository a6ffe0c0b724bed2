/**
 * Language data for routing free text to topics: words that carry no topic (stop words), and
 * synonyms folded onto one form before stemming (bemanningsoppgave = bemanningssertifikat,
 * BT = GT = bruttotonnasje, nynorsk forms onto bokmål). The example phrasings per topic live in
 * `examples/`.
 */

/** Words ignored when routing (bokmål, nynorsk, English). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // nb / nn
  'og', 'i', 'jeg', 'eg', 'det', 'at', 'en', 'ein', 'et', 'eit', 'den', 'til', 'er', 'som', 'på', 'pa', 'de', 'med', 'han', 'av', 'ikke', 'ikkje', 'der',
  'så', 'sa', 'var', 'meg', 'seg', 'men', 'ett', 'har', 'om', 'vi', 'min', 'mitt', 'mi', 'mine', 'ha', 'hadde', 'hun', 'ho', 'nå', 'no', 'over', 'da', 'ved', 'fra', 'frå',
  'du', 'ut', 'sin', 'dem', 'oss', 'opp', 'man', 'kan', 'hans', 'hvor', 'kor', 'eller', 'hva', 'kva', 'skal', 'selv', 'sjøl', 'sjølv', 'her', 'alle', 'vil', 'bli', 'ble',
  'blitt', 'kunne', 'inn', 'når', 'kår', 'være', 'vere', 'kom', 'noen', 'nokon', 'noe', 'noko', 'ville', 'dere', 'dykk', 'som', 'deres', 'kun', 'ja', 'nei', 'hvis', 'dersom', 'viss',
  'også', 'og', 'får', 'få', 'hei', 'hallo', 'takk', 'lurer', 'spørsmål', 'sporsmal', 'gjelder', 'vår', 'vårt', 'våre', 'var', 'vart', 'dette', 'denne', 'disse',
  'bør', 'hvordan', 'korleis', 'hvilke', 'hvilken', 'kva', 'kvar', 'finnes', 'fins', 'mye', 'mykje', 'noen', 'alt',
  // en
  'the', 'a', 'an', 'of', 'to', 'in', 'is', 'are', 'was', 'be', 'been', 'for', 'on', 'at', 'by', 'with', 'and', 'or', 'it', 'its', 'this', 'that', 'these', 'those',
  'i', 'me', 'my', 'we', 'our', 'us', 'you', 'your', 'he', 'she', 'they', 'them', 'their', 'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'would',
  'should', 'will', 'shall', 'may', 'might', 'what', 'which', 'how', 'when', 'where', 'why', 'if', 'then', 'so', 'not',
  'no', 'yes', 'any', 'some', 'there', 'here', 'from', 'as', 'about', 'hi', 'hello', 'please', 'thanks', 'get', 'got', 'am', 'im', "i'm", 'question', 'want', 'know',
]);

/** Surface forms folded onto one before stemming (lower case). */
export const SYNONYMS: Readonly<Record<string, string>> = {
  bemanningsoppgave: 'bemanningssertifikat',
  bemanningsoppgaven: 'bemanningssertifikat',
  bemanningsoppgaver: 'bemanningssertifikat',
  bemaningssertifikat: 'bemanningssertifikat',
  sikkerhetsbemanningssertifikat: 'bemanningssertifikat',
  bt: 'gt',
  bruttotonnasje: 'gt',
  bruttotonn: 'gt',
  tonnage: 'gt',
  fartstidsattest: 'fartstidsbekreftelse',
  fartstidsattester: 'fartstidsbekreftelse',
  fartstidsattesten: 'fartstidsbekreftelse',
  fartstidsbekreftelser: 'fartstidsbekreftelse',
  fartstidsbekreftelsen: 'fartstidsbekreftelse',
  skipskokk: 'kokk',
  skipskokken: 'kokk',
  kokken: 'kokk',
  helseattest: 'helseerklæring',
  legeattest: 'helseerklæring',
  helseerklering: 'helseerklæring',
  'i-issc': 'interim',
  midlertidig: 'interim',
  mellombels: 'interim',
  able: 'matros',
  ab: 'matros',
  os: 'lettmatros',
  oiler: 'smører',
  smorer: 'smører',
  rederi: 'rederiet',
  reiarlag: 'rederiet',
  reiarlaget: 'rederiet',
  skipsforer: 'skipsfører',
  kaptein: 'skipsfører',
  captain: 'master',
  dekksoffiser: 'dekksoffiser',
  // English everyday words onto the domain's
  medical: 'helseerklæring',
  medicals: 'helseerklæring',
  quay: 'moored',
  quayside: 'moored',
  alongside: 'moored',
  berthed: 'moored',
  pax: 'passenger',
  portal: 'min side',
  seatime: 'sea time',
  'discharge': 'sjøfartsbok',
  seamans: 'sjøfartsbok',
  // nynorsk onto bokmål
  fartstidsstadfesting: 'fartstidsbekreftelse',
  båten: 'båt',
  baten: 'båt',
  bat: 'båt',
  skipet: 'skip',
  fartoy: 'fartøy',
};

/**
 * Parts of Norwegian compound words in this domain. A long word is also indexed as its parts
 * ("sikkerhetsbemanningen" → sikkerhet + bemanning), so either spelling finds the other.
 */
export const COMPOUND_PARTS: readonly string[] = [
  'bemanning', 'sertifikat', 'sikkerhet', 'sikkerheit', 'kokk', 'skip', 'skips', 'fartstid', 'bekreftelse', 'attest', 'erklæring', 'helse',
  'maskin', 'passer', 'matros', 'lett', 'dekk', 'offiser', 'vakt', 'brutto', 'tonnasje', 'opplag', 'kadett', 'vitnemål', 'fører', 'rettighet',
  'plan', 'sikring', 'verifikasjon', 'fornyelse', 'behandling', 'saks', 'lengde', 'fartøy', 'fiske', 'last', 'passasjer', 'båt', 'redning',
  'kurs', 'søknad', 'sjø', 'sjømann', 'lege', 'kompetanse', 'utdanning', 'opplæring', 'tjeneste', 'tid', 'område', 'fart', 'kyst', 'kvalifikasjon',
  'krav', 'bok', 'arbeid', 'dag', 'ordning', 'flyttbar', 'innretning', 'stilling', 'rederi', 'kontor',
];

/**
 * Words that mark a question as outside the catalogue whatever else it mentions: money (pay,
 * prices, fees, loans, tax, customs), other authorities' business (ship register, passports,
 * weather, quotas) and travel. A question with one of them is never answered as in-scope.
 */
export const OUT_OF_SCOPE_MARKERS: ReadonlySet<string> = new Set([
  // nb / nn
  'lønn', 'lønna', 'lønnen', 'minstelønn', 'hyre', 'hyra', 'hyren', 'tariff', 'koster', 'kostar', 'kostnad', 'kostnader', 'pris', 'prisen', 'priser', 'gebyr', 'gebyret',
  'avgift', 'avgiften', 'lån', 'lånekassen', 'stipend', 'skatt', 'skatten', 'sjømannsfradrag', 'toll', 'tollen', 'moms', 'forsikring', 'forsikringen', 'sykepenger',
  'sjukepengar', 'dagpenger', 'pensjon', 'skipsregister', 'skipsregisteret', 'skipsregistrene', 'nis-registrering', 'pass', 'passet', 'visum', 'været', 'vær',
  'værmelding', 'kvote', 'kvoter', 'fiskekvote', 'bestille', 'bestiller', 'hotell', 'fartsgrense', 'fartsgrensen', 'båtførerbevis', 'båtførerprøven', 'kjøpe',
  // en
  'salary', 'salaries', 'wage', 'wages', 'pay', 'paid', 'earn', 'earns', 'cost', 'costs', 'price', 'prices', 'fee', 'fees', 'loan', 'loans', 'tax', 'taxes', 'customs',
  'duty-free', 'insurance', 'insure', 'pension', 'passport', 'visa', 'weather', 'forecast', 'quota', 'quotas', 'book', 'booking', 'hotel', 'speed', 'buy',
  'registry', 'sick', 'ism',
]);

/** Word pairs that mark a question as outside the catalogue (lower case, as typed). */
export const OUT_OF_SCOPE_PHRASES: readonly string[] = [
  'ship register', 'ships register', 'document of compliance',
  // becoming approved in a role (doctor, assessor, course provider) is an application Sdir handles elsewhere
  'godkjent som', 'blir jeg godkjent', 'bli godkjent', 'approved as', 'become approved', 'become an approved', 'get approved',
];

/**
 * Words that tell which rule a question is about, for a topic with more than one rule (lower
 * case; matched as word beginnings). With no hint, or hints for several, the user is asked.
 */
export const RULE_HINTS: Readonly<Record<string, readonly string[]>> = {
  'issc-renewal': ['fornyelse', 'fornye', 'fornyer', 'fornyinga', 'renewal', 'renew', 'ny utløpsdato', 'new expiry'],
  'issc-validity': ['mellomliggende', 'mellomverifikasjon', 'intermediate', 'årsdag', 'anniversary'],
};
