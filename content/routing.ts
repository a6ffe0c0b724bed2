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
  'må', 'ma', 'bør', 'trenger', 'treng', 'trengs', 'hvordan', 'korleis', 'hvilke', 'hvilken', 'kva', 'kvar', 'hvem', 'kven', 'finnes', 'fins', 'mye', 'mykje', 'noen', 'alt',
  // en
  'the', 'a', 'an', 'of', 'to', 'in', 'is', 'are', 'was', 'be', 'been', 'for', 'on', 'at', 'by', 'with', 'and', 'or', 'it', 'its', 'this', 'that', 'these', 'those',
  'i', 'me', 'my', 'we', 'our', 'us', 'you', 'your', 'he', 'she', 'they', 'them', 'their', 'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'would',
  'should', 'will', 'shall', 'may', 'might', 'must', 'need', 'needs', 'what', 'which', 'who', 'whom', 'how', 'when', 'where', 'why', 'if', 'then', 'so', 'not',
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
  sjømannslege: 'helseerklæring',
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
  // nynorsk onto bokmål
  fartstidsstadfesting: 'fartstidsbekreftelse',
  båten: 'båt',
  baten: 'båt',
  bat: 'båt',
  skipet: 'skip',
  fartoy: 'fartøy',
};
