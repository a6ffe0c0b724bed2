import type { TopicId } from '../../content/topic-ids.js';

/**
 * Held-out evaluation set for the topic router.
 *
 * Written independently of the router's training phrasings (content/examples/), from the topic
 * catalogue (shared/spec/topics.md), the seeds and the domain facts. Texts imitate how people type
 * in a chat: informal, with typos, missing diacritics, synonyms, some nynorsk (tagged 'nb'), and
 * some long questions with context or numbers. Every case has one clearly correct topic; 'fallback'
 * cases are outside the catalogue, including near-misses that share vocabulary with in-scope topics.
 */
export type EvalCase = { text: string; locale: 'nb' | 'en'; topic: TopicId };

export const evalCases: readonly EvalCase[] = [
  // ── manning.which-vessels ────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'manning.which-vessels', text: 'Trenger vi bemanningssertifikat for en lasteskute på 45 BT?' },
  {
    locale: 'nb',
    topic: 'manning.which-vessels',
    text: 'hvilke fartøy må ha bemaningssertifikat fra sjofartsdirektoratet?',
  },
  {
    locale: 'nb',
    topic: 'manning.which-vessels',
    text: 'Vi har en fiskebåt med lengde L 22 meter, må den ha bemanningsoppgave?',
  },
  {
    locale: 'nb',
    topic: 'manning.which-vessels',
    text: 'Må et lite passasjerfartøy på 9 meter ha bemanningssertifikat, eller gjelder det bare store skip?',
  },
  {
    locale: 'nb',
    topic: 'manning.which-vessels',
    text: 'Treng fartøyet mitt bemanningssertifikat? Det er ei lasteferje på 120 bruttotonn.',
  },
  {
    locale: 'nb',
    topic: 'manning.which-vessels',
    text: 'Gjelder bemanningsforskriften for et skoleskip som bare brukes til undervisning?',
  },
  {
    locale: 'nb',
    topic: 'manning.which-vessels',
    text: 'ma redningsskoyter ha sertifikat for minste sikkerhetsbemanning?',
  },
  { locale: 'en', topic: 'manning.which-vessels', text: 'Does my vessel need a minimum safe manning document?' },
  {
    locale: 'en',
    topic: 'manning.which-vessels',
    text: 'We run a 40 m cargo ship of 450 GT in Norway, do we need a manning certificate from Sdir?',
  },
  {
    locale: 'en',
    topic: 'manning.which-vessels',
    text: 'which norwegian ships are required to have a safe manning certificate',
  },
  {
    locale: 'en',
    topic: 'manning.which-vessels',
    text: 'Is a 26 m fishing vessel required to have a manning cert? It only fishes inside the fjords.',
  },
  {
    locale: 'en',
    topic: 'manning.which-vessels',
    text: 'small cargo boat, 35 gross tonnage - manning certificate needed or not?',
  },
  {
    locale: 'en',
    topic: 'manning.which-vessels',
    text: 'Do pilot boats fall under the manning regulations, or do they not need a safe manning doc?',
  },

  // ── manning.how-to-apply ─────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'manning.how-to-apply', text: 'Hvordan søker rederiet om bemanningssertifikat?' },
  {
    locale: 'nb',
    topic: 'manning.how-to-apply',
    text: 'Hvilket skjema bruker vi for å søke om minste sikkerhetsbemanning, er det KS-0308?',
  },
  {
    locale: 'nb',
    topic: 'manning.how-to-apply',
    text: 'korleis søkjer vi om bemanningsoppgåve for ein ny båt, finst det ei digital løysing?',
  },
  {
    locale: 'en',
    topic: 'manning.how-to-apply',
    text: 'How does our company apply for a safe manning document for a newbuild?',
  },
  { locale: 'en', topic: 'manning.how-to-apply', text: 'Where do I send form KS-0308 and the two control forms?' },
  {
    locale: 'en',
    topic: 'manning.how-to-apply',
    text: 'Is there an online service for applying for a manning certificate or do we still fill in forms?',
  },

  // ── manning.stcw-update ──────────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'manning.stcw-update',
    text: 'Vi har fått pålegg om å oppdatere bemanningssertifikatet etter revisjonen av STCW-konvensjonen, hvordan går vi frem?',
  },
  {
    locale: 'nb',
    topic: 'manning.stcw-update',
    text: 'Må vi bruke det vanlige søknadsskjemaet når bemanningsoppgaven bare skal oppdateres med nye STCW-krav?',
  },
  {
    locale: 'nb',
    topic: 'manning.stcw-update',
    text: 'stcw endringene - hva skal vi sende inn for å få oppdatert bemaningsoppgaven?',
  },
  {
    locale: 'en',
    topic: 'manning.stcw-update',
    text: 'We were told to update our manning certificate because of the STCW revision. What do we send?',
  },
  {
    locale: 'en',
    topic: 'manning.stcw-update',
    text: 'STCW amendments: what info do you need to update an existing safe manning doc? IMO number and call sign?',
  },
  {
    locale: 'en',
    topic: 'manning.stcw-update',
    text: 'Can the STCW-related update of our minimum safe manning certificate be sent by email or post?',
  },

  // ── manning.d6-update ────────────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'manning.d6-update',
    text: 'Hvordan oppdaterer vi bemanningssertifikatet slik at D6 kommer med?',
  },
  {
    locale: 'nb',
    topic: 'manning.d6-update',
    text: 'vi vil ha inn dekksoffiser klasse 6 på bemanningsoppgaven vår, hva må søknaden inneholde?',
  },
  {
    locale: 'nb',
    topic: 'manning.d6-update',
    text: 'Korleis får reiarlaget endra bemanningssertifikatet til å godta D6 på brua?',
  },
  { locale: 'en', topic: 'manning.d6-update', text: "How do we get D6 added to our vessel's manning certificate?" },
  {
    locale: 'en',
    topic: 'manning.d6-update',
    text: 'Our safe manning document does not mention D6 yet. What should the application to update it include?',
  },
  {
    locale: 'en',
    topic: 'manning.d6-update',
    text: 'shipowner here - want the min safe manning cert amended so D6 holders can fill the mate position, how?',
  },

  // ── manning.repositioning ────────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'manning.repositioning',
    text: 'Må vi ha full sikkerhetsbemanning når båten bare skal flyttes til verftet uten last?',
  },
  {
    locale: 'nb',
    topic: 'manning.repositioning',
    text: 'Gjelder minste sikkerhetsbemanning under forflytning når vi ikke er på oppdrag?',
  },
  {
    locale: 'nb',
    topic: 'manning.repositioning',
    text: 'Skal fartøyet flyttast utan passasjerar og last, kven avgjer kva bemanning som trengst då?',
  },
  {
    locale: 'en',
    topic: 'manning.repositioning',
    text: 'Do we need the full safe manning when relocating the ship to another port without cargo or passengers?',
  },
  {
    locale: 'en',
    topic: 'manning.repositioning',
    text: 'repositioning voyage, no cargo, no charter. what manning applies? is that the § 13 thing?',
  },
  {
    locale: 'en',
    topic: 'manning.repositioning',
    text: 'We are moving our empty ferry to the shipyard for docking. Can we sail with fewer crew than the manning document says?',
  },

  // ── manning.day-schedule ─────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'manning.day-schedule', text: 'Hva betyr dagordning på bemanningssertifikatet?' },
  { locale: 'nb', topic: 'manning.day-schedule', text: 'kan et skip som går på dagordning operere døgnkontinuerlig?' },
  { locale: 'nb', topic: 'manning.day-schedule', text: 'Begrenser dagordning hvilke tider på døgnet vi kan seile?' },
  { locale: 'en', topic: 'manning.day-schedule', text: 'What does "dagordning" mean on our manning certificate?' },
  {
    locale: 'en',
    topic: 'manning.day-schedule',
    text: 'Our manning doc says we run on a day schedule. Can we operate around the clock?',
  },
  {
    locale: 'en',
    topic: 'manning.day-schedule',
    text: 'Under dagordning, does the crew have to take their rest at the same time?',
  },

  // ── manning.lay-up ───────────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'manning.lay-up', text: 'Hvor mange må være om bord når skipet ligger i kaldt opplag?' },
  { locale: 'nb', topic: 'manning.lay-up', text: 'Bemanning i varmt opplag, hva krever Sjøfartsdirektoratet?' },
  {
    locale: 'nb',
    topic: 'manning.lay-up',
    text: 'Skipet skal i opplag i Stavanger i vinter, må alle stillingene på bemanningsoppgaven være om bord?',
  },
  { locale: 'en', topic: 'manning.lay-up', text: 'What is the minimum manning when our ship is in warm lay-up?' },
  {
    locale: 'en',
    topic: 'manning.lay-up',
    text: 'Ship going into cold lay-up for the winter. Do all positions on the safe manning doc have to stay on board?',
  },
  { locale: 'en', topic: 'manning.lay-up', text: 'who decides crew numbers for a laid-up vessel, you or us?' },

  // ── manning.moored ───────────────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'manning.moored',
    text: 'Må alle stillingene på bemanningsoppgaven være om bord når båten ligger fortøyd til kai?',
  },
  {
    locale: 'nb',
    topic: 'manning.moored',
    text: 'Vi ligger ved kai over helga mellom turene, hvem bestemmer bemanningen da?',
  },
  {
    locale: 'nb',
    topic: 'manning.moored',
    text: 'treng heile sikkerheitsbemanninga vere om bord når skipet ligg fast fortøyd i hamn?',
  },
  {
    locale: 'en',
    topic: 'manning.moored',
    text: 'Do all the positions on the safe manning document have to be aboard while we are moored alongside?',
  },
  {
    locale: 'en',
    topic: 'manning.moored',
    text: 'When the vessel is tied up in port overnight, who decides how many crew stay on board?',
  },
  {
    locale: 'en',
    topic: 'manning.moored',
    text: 'does Sdir need to approve the crew we keep on board at the quay between sailings?',
  },

  // ── manning.other-duties ─────────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'manning.other-duties',
    text: 'Kan de som er del av sikkerhetsbemanningen selge billetter på ferja under overfarten?',
  },
  {
    locale: 'nb',
    topic: 'manning.other-duties',
    text: 'Kan matrosen i sikkerhetsbemanningen også jobbe i kiosken om bord?',
  },
  {
    locale: 'nb',
    topic: 'manning.other-duties',
    text: 'kan rederiet pålegge sikkerhetsbemanninga anna arbeid enn sikkerheitsoppgåver?',
  },
  {
    locale: 'en',
    topic: 'manning.other-duties',
    text: 'Can safety crew do ticket sales on the ferry during the crossing?',
  },
  {
    locale: 'en',
    topic: 'manning.other-duties',
    text: 'Are members of the minimum safe manning allowed to do non-safety work like cleaning or serving in the cafe?',
  },
  {
    locale: 'en',
    topic: 'manning.other-duties',
    text: 'can our deckhand who is part of the safe manning also sell tickets onboard',
  },

  // ── manning.expiry ───────────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'manning.expiry', text: 'må bemaningssertifikatet fornyes etter noen år?' },
  { locale: 'nb', topic: 'manning.expiry', text: 'Går bemanningssertifikatet ut på dato? Vårt er frå 2012.' },
  { locale: 'en', topic: 'manning.expiry', text: 'Does the safe manning certificate expire?' },
  { locale: 'en', topic: 'manning.expiry', text: 'How long is a minimum safe manning document valid for?' },
  {
    locale: 'en',
    topic: 'manning.expiry',
    text: 'Our manning cert was issued in 2015 with no end date printed, is it still valid?',
  },

  // ── manning.accepted-certificates ────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'manning.accepted-certificates',
    text: 'Er det kun sertifikatene som står på bemanningsoppgaven som godtas?',
  },
  {
    locale: 'nb',
    topic: 'manning.accepted-certificates',
    text: 'Vi seiler i et lavere fartsområde enn det som står på bemanningssertifikatet, kan føreren ha lavere sertifikatklasse?',
  },
  {
    locale: 'nb',
    topic: 'manning.accepted-certificates',
    text: 'Hva betyr fotnoten med stjerne på bemanningssertifikatet, at andre sertifikat kan aksepteres?',
  },
  {
    locale: 'en',
    topic: 'manning.accepted-certificates',
    text: 'Can someone serve with a different certificate than the one listed on the manning document?',
  },
  {
    locale: 'en',
    topic: 'manning.accepted-certificates',
    text: 'What does the footnote (*) on the manning certificate mean, "other certificates may be accepted"?',
  },
  {
    locale: 'en',
    topic: 'manning.accepted-certificates',
    text: 'If we only trade in a lower trading area than the one on the manning cert, is a lower certificate class ok for the mate?',
  },

  // ── manning.engine-knowledgeable ─────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'manning.engine-knowledgeable', text: 'Hva menes med at "fører skal være maskinkyndig"?' },
  {
    locale: 'nb',
    topic: 'manning.engine-knowledgeable',
    text: 'Det står at skipper må være maskinkyndig på bemanningsoppgaven, hvilke krav er det til det?',
  },
  { locale: 'nb', topic: 'manning.engine-knowledgeable', text: 'kva kurs treng føraren for å vere maskinkyndig?' },
  {
    locale: 'en',
    topic: 'manning.engine-knowledgeable',
    text: 'Our manning cert says "fører skal være maskinkyndig". What qualification is that exactly?',
  },
  {
    locale: 'en',
    topic: 'manning.engine-knowledgeable',
    text: 'who defines what counts as engine knowledgeable for the skipper?',
  },

  // ── cook.required ────────────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'cook.required', text: 'Må vi ha kokk om bord når sikkerhetsbemanningen er 8 personer?' },
  { locale: 'nb', topic: 'cook.required', text: 'trenger vi skipskok med 12 mann i sikkerhetsbemanningen?' },
  { locale: 'nb', topic: 'cook.required', text: 'Treng vi kokk om bord? Vi er 10 i minste sikkerheitsbemanning.' },
  { locale: 'nb', topic: 'cook.required', text: 'er det pabudt med skipskokk pa sma fartoy?' },
  {
    locale: 'nb',
    topic: 'cook.required',
    text: 'Sikkerhetsbemanningen vår er 11 personer – er kokk obligatorisk i bemanningen?',
  },
  { locale: 'en', topic: 'cook.required', text: 'Our safe manning is 9 people, do we need a cook?' },
  {
    locale: 'en',
    topic: 'cook.required',
    text: 'Is a ship cook mandatory on a vessel with 14 persons in the minimum safe manning?',
  },
  { locale: 'en', topic: 'cook.required', text: 'do i need a cook onboard, safety manning 10' },
  { locale: 'en', topic: 'cook.required', text: "At what crew size does Norway require a dedicated ship's cook?" },
  {
    locale: 'en',
    topic: 'cook.required',
    text: "We operate a supply vessel with 6 in the safe manning. Must one of them be a ship's cook?",
  },

  // ── cook.qualification ───────────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'cook.qualification',
    text: 'Må skipskokken ha fagbrev fra restaurant- og matfag, eller holder det med erfaring?',
  },
  {
    locale: 'nb',
    topic: 'cook.qualification',
    text: 'Vi er under 10 i sikkerhetsbemanningen. Hva må den som lager maten kunne, holder det med utsjekk av kokkeferdigheter?',
  },
  { locale: 'nb', topic: 'cook.qualification', text: 'kor gammal må ein vere for å jobbe som skipskokk?' },
  { locale: 'en', topic: 'cook.qualification', text: "What qualifications does a ship's cook need under § 52?" },
  {
    locale: 'en',
    topic: 'cook.qualification',
    text: 'We are fewer than 10 in safe manning. What does the person doing the cooking need, is a documented check of cooking skills enough?',
  },
  { locale: 'en', topic: 'cook.qualification', text: 'minimum age and training for a ships cook?' },
  {
    locale: 'en',
    topic: 'cook.qualification',
    text: "Is a chef diploma from Sweden accepted for working as ship's cook on a Norwegian vessel?",
  },

  // ── d6.privileges ────────────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'd6.privileges', text: 'kan jeg være skipper på en 20 meters arbeidsbåt med D6?' },
  { locale: 'nb', topic: 'd6.privileges', text: 'Jeg har D6, kan jeg være styrmann på et lasteskip på 600 BT?' },
  { locale: 'nb', topic: 'd6.privileges', text: 'kan eg føre ein arbeidsbåt på 14 meter med D6 i liten kystfart?' },
  {
    locale: 'nb',
    topic: 'd6.privileges',
    text: 'Har D6 og er 22 år med 14 måneder som vaktoffiser på en 12 m båt, kan jeg være fører på båt under 24 meter?',
  },
  { locale: 'nb', topic: 'd6.privileges', text: 'Hvilke rettigheter gir dekksoffiser klasse 6 egentlig?' },
  { locale: 'nb', topic: 'd6.privileges', text: 'kan jeg fore en lastebat pa 13 meter med bare D6?' },
  { locale: 'en', topic: 'd6.privileges', text: 'What can I work as with a D6 licence?' },
  { locale: 'en', topic: 'd6.privileges', text: 'Can a D6 holder be master of a 13 m workboat along the coast?' },
  { locale: 'en', topic: 'd6.privileges', text: 'Is a D6 valid on fishing vessels?' },
  {
    locale: 'en',
    topic: 'd6.privileges',
    text: "I'm 21 with a D6 and 12 months as OOW on a 10 m boat. Can I be skipper on a 20 m vessel?",
  },
  { locale: 'en', topic: 'd6.privileges', text: 'D6 limits: max gross tonnage and trading area?' },
  { locale: 'en', topic: 'd6.privileges', text: 'can i be chief mate on a 30 m ship with deck officer class 6' },

  // ── ratings.lettmatros ───────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'ratings.lettmatros', text: 'Hva kreves for å jobbe som lettmatros?' },
  {
    locale: 'nb',
    topic: 'ratings.lettmatros',
    text: 'hvor mye tjenestetid må en lettmatros ha? teller yrkespraksis fra mekaniske fag?',
  },
  { locale: 'nb', topic: 'ratings.lettmatros', text: 'Kva er kvalifikasjonskravet for lettmatros etter § 78?' },
  { locale: 'en', topic: 'ratings.lettmatros', text: 'What are the requirements for an ordinary seaman?' },
  { locale: 'en', topic: 'ratings.lettmatros', text: 'How much deck service does an OS (lettmatros) need in Norway?' },
  {
    locale: 'en',
    topic: 'ratings.lettmatros',
    text: 'Does practical training at a maritime school count as service time for ordinary seaman?',
  },

  // ── ratings.smorer ───────────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'ratings.smorer', text: 'Hvilke krav stilles til smører?' },
  { locale: 'nb', topic: 'ratings.smorer', text: 'Hvor lang tjenestetid i maskin må en smører ha?' },
  { locale: 'nb', topic: 'ratings.smorer', text: 'kvalifikasjonskrav smorer § 77?' },
  { locale: 'en', topic: 'ratings.smorer', text: 'What are the requirements to serve as an oiler (smører)?' },
  { locale: 'en', topic: 'ratings.smorer', text: 'How many months in the engine room before I can sign on as oiler?' },
  {
    locale: 'en',
    topic: 'ratings.smorer',
    text: 'Does vocational practice in a mechanical trade count as engine-room service for an oiler?',
  },

  // ── ratings.maskinpasser ─────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'ratings.maskinpasser', text: 'Hva er kvalifikasjonskravet til maskinpasser?' },
  {
    locale: 'nb',
    topic: 'ratings.maskinpasser',
    text: 'Motormann uten ferdighetssertifikat og uten fagbrev, hvor mye tjenestetid trengs?',
  },
  { locale: 'nb', topic: 'ratings.maskinpasser', text: 'kor mykje fartstid i maskin må ein maskinpassar ha?' },
  { locale: 'en', topic: 'ratings.maskinpasser', text: 'What service time does a maskinpasser need?' },
  {
    locale: 'en',
    topic: 'ratings.maskinpasser',
    text: 'Requirements for a motormann who does not need a rating certificate and has no trade certificate (§ 80)?',
  },
  {
    locale: 'en',
    topic: 'ratings.maskinpasser',
    text: 'what do i need to be hired as maskinpasser on a norwegian ship',
  },

  // ── ratings.maskinpasser-lettmatros ──────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'ratings.maskinpasser-lettmatros',
    text: 'Bemanningsoppgaven har en kombinert stilling maskinpasser/lettmatros, hvilke krav må personen oppfylle?',
  },
  {
    locale: 'nb',
    topic: 'ratings.maskinpasser-lettmatros',
    text: 'må en maskinpasser lettmatros ha både dekkstid og maskintid?',
  },
  {
    locale: 'en',
    topic: 'ratings.maskinpasser-lettmatros',
    text: 'What are the requirements for the combined position maskinpasser-lettmatros?',
  },
  {
    locale: 'en',
    topic: 'ratings.maskinpasser-lettmatros',
    text: 'Our manning doc lists engine rating/ordinary seaman as one position. Does the person need to meet both sets of requirements?',
  },
  {
    locale: 'en',
    topic: 'ratings.maskinpasser-lettmatros',
    text: 'combined maskinpasser lettmatros job - how much deck and engine time?',
  },

  // ── ratings.matros ───────────────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'ratings.matros',
    text: 'Det står ingen sertifikatkrav til matros på bemanningssertifikatet, hva er kravet da?',
  },
  { locale: 'nb', topic: 'ratings.matros', text: 'Trenger matros ferdighetssertifikat på et skip på 300 BT?' },
  {
    locale: 'nb',
    topic: 'ratings.matros',
    text: 'jeg har fagbrev som matros, hvor mye tjenestetid på dekk trenger jeg for å jobbe som matros?',
  },
  {
    locale: 'en',
    topic: 'ratings.matros',
    text: 'What does an able seaman need? No certificate is listed for the position on our manning document.',
  },
  {
    locale: 'en',
    topic: 'ratings.matros',
    text: 'Is an able seafarer deck certificate required on a 700 GT seagoing ship?',
  },
  {
    locale: 'en',
    topic: 'ratings.matros',
    text: 'requirements for AB without a skills certificate or trade certificate?',
  },

  // ── seatime.how-to-document ──────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'seatime.how-to-document',
    text: 'Kan jeg bruke kopi av sjøfartsboka som dokumentasjon på fartstid?',
  },
  {
    locale: 'nb',
    topic: 'seatime.how-to-document',
    text: 'sjøfartsboka mi mangler fratredelsesdato, godtas den likevel?',
  },
  { locale: 'nb', topic: 'seatime.how-to-document', text: 'kva måtar kan ein dokumentere fartstida på?' },
  { locale: 'en', topic: 'seatime.how-to-document', text: 'How can I document my sea time?' },
  {
    locale: 'en',
    topic: 'seatime.how-to-document',
    text: 'Is a copy of my discharge book enough as proof of sea service?',
  },
  {
    locale: 'en',
    topic: 'seatime.how-to-document',
    text: 'What are the options for proving sea time to the maritime authority?',
  },

  // ── seatime.who-can-confirm ──────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'seatime.who-can-confirm', text: 'Hvem kan skrive fartstidsbekreftelse?' },
  {
    locale: 'nb',
    topic: 'seatime.who-can-confirm',
    text: 'Kan jeg signere min egen fartstidsattest når jeg eier båten selv?',
  },
  {
    locale: 'nb',
    topic: 'seatime.who-can-confirm',
    text: 'kan regnskapsføreren vår bekrefte fartstiden til mannskapet?',
  },
  {
    locale: 'nb',
    topic: 'seatime.who-can-confirm',
    text: 'Er det godkjent at kapteinen om bord skriver fartstidsbekreftlese, eller må det være rederikontoret?',
  },
  {
    locale: 'nb',
    topic: 'seatime.who-can-confirm',
    text: 'Eg er dagleg leiar og eig båten, kan eg stadfeste fartstida mi sjølv?',
  },
  { locale: 'nb', topic: 'seatime.who-can-confirm', text: 'Kan medeieren i båten skrive under på fartstiden for meg?' },
  { locale: 'en', topic: 'seatime.who-can-confirm', text: 'Who is allowed to sign a sea time confirmation?' },
  {
    locale: 'en',
    topic: 'seatime.who-can-confirm',
    text: 'I own the boat, can I sign my own sea service testimonial?',
  },
  { locale: 'en', topic: 'seatime.who-can-confirm', text: 'Can our auditor confirm sea time for the crew?' },
  {
    locale: 'en',
    topic: 'seatime.who-can-confirm',
    text: 'can the captain onboard write the seatime confirmation or must it come from the office?',
  },
  {
    locale: 'en',
    topic: 'seatime.who-can-confirm',
    text: "I'm the managing director and also the only skipper on our boat. Who can confirm my sea time?",
  },
  {
    locale: 'en',
    topic: 'seatime.who-can-confirm',
    text: 'Is a sea-time letter signed by a co-owner of the vessel acceptable?',
  },

  // ── seatime.confirmation ─────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'seatime.confirmation', text: 'Hva må stå i en fartstidsbekreftelse?' },
  { locale: 'nb', topic: 'seatime.confirmation', text: 'kan du hjelpe meg å skrive en fartstidsattest for en ansatt?' },
  {
    locale: 'nb',
    topic: 'seatime.confirmation',
    text: 'Mangler noe i denne fartstidsbekreftelsen: navn, stilling lettmatros, periode 01.03–30.06, båtnavn og signatur?',
  },
  {
    locale: 'nb',
    topic: 'seatime.confirmation',
    text: 'Må fartstidsattesten inneholde kallesignal og største lengde på båten?',
  },
  {
    locale: 'nb',
    topic: 'seatime.confirmation',
    text: 'Ansatt skal søke ferdighetssertifikat matros, må fartstidsbekreftelsen da ha med bruttotonnasje og fartsområde?',
  },
  { locale: 'nb', topic: 'seatime.confirmation', text: 'Kva opplysningar må vere med i ein manuell fartstidsattest?' },
  { locale: 'en', topic: 'seatime.confirmation', text: 'What must a sea time confirmation contain?' },
  {
    locale: 'en',
    topic: 'seatime.confirmation',
    text: 'Can you check my sea service letter? It has my name, position and dates but no hours per day.',
  },
  { locale: 'en', topic: 'seatime.confirmation', text: 'help me write a seatime confirmation for my deckhand' },
  {
    locale: 'en',
    topic: 'seatime.confirmation',
    text: "Does the confirmation need the vessel's call sign and length overall?",
  },
  {
    locale: 'en',
    topic: 'seatime.confirmation',
    text: 'Applying for a tankerman certificate, what extra info must the sea time letter state?',
  },
  {
    locale: 'en',
    topic: 'seatime.confirmation',
    text: 'Our boat is not registered. What vessel details should the sea service confirmation include instead of a call sign?',
  },

  // ── seatime.calculate ────────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'seatime.calculate', text: '20 dager á 12 timer, hvor mye fartstid blir det?' },
  { locale: 'nb', topic: 'seatime.calculate', text: 'Hvor mange fartstidsdager er 42 timer?' },
  { locale: 'nb', topic: 'seatime.calculate', text: 'hvordan regner man om fra timer til fartstidsdøgn?' },
  {
    locale: 'nb',
    topic: 'seatime.calculate',
    text: 'Jeg jobber 6 timer dagen i 90 dager, hvor mange dager fartstid blir det?',
  },
  {
    locale: 'nb',
    topic: 'seatime.calculate',
    text: 'Hvor mange timer må jeg jobbe om bord for å få 360 dager fartstid?',
  },
  { locale: 'nb', topic: 'seatime.calculate', text: 'Kor mykje fartstid får eg for 3 månader med 8 timars dagar?' },
  { locale: 'nb', topic: 'seatime.calculate', text: 'regn ut fartstid: 1200 timer' },
  { locale: 'en', topic: 'seatime.calculate', text: 'How many sea-time days do I get for 20 days of 12 hours?' },
  { locale: 'en', topic: 'seatime.calculate', text: 'convert 500 hours on board into sea time days' },
  { locale: 'en', topic: 'seatime.calculate', text: 'How is sea time calculated now that it is counted hour by hour?' },
  { locale: 'en', topic: 'seatime.calculate', text: 'I worked 14h shifts for 60 days, how much sea service is that?' },
  { locale: 'en', topic: 'seatime.calculate', text: 'How many hours on board do I need for 12 months of sea time?' },
  {
    locale: 'en',
    topic: 'seatime.calculate',
    text: 'Does overtime get any multiplier when hours are converted to sea-time days?',
  },

  // ── seatime.what-counts ──────────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'seatime.what-counts',
    text: 'Teller tiden som fartstid når båten ligger fortøyd og vi jobber på oppdrettsanlegget?',
  },
  { locale: 'nb', topic: 'seatime.what-counts', text: 'Regnes vedlikehold om bord som fartstid?' },
  { locale: 'nb', topic: 'seatime.what-counts', text: 'hva slags arbeid om bord teller som fartstid, bare seiling?' },
  {
    locale: 'nb',
    topic: 'seatime.what-counts',
    text: 'Teller alle timene om jeg har jobbet 16 timer om bord på ett døgn?',
  },
  {
    locale: 'en',
    topic: 'seatime.what-counts',
    text: 'Does time spent maintaining the boat at the quay count as sea time?',
  },
  {
    locale: 'en',
    topic: 'seatime.what-counts',
    text: 'We moor at the fish farm and work on the cages all day. Does that count as sea time?',
  },
  { locale: 'en', topic: 'seatime.what-counts', text: 'If I worked 16 hours on board in one day, do all 16 count?' },
  {
    locale: 'en',
    topic: 'seatime.what-counts',
    text: 'what activities on the vessel qualify as seatime? sailing only or mooring too?',
  },

  // ── seatime.positions ────────────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'seatime.positions',
    text: 'Hvilken stilling skal vi registrere fartstid på for akvateknikerne våre?',
  },
  {
    locale: 'nb',
    topic: 'seatime.positions',
    text: 'Kan to personer være registrert som skipsfører samtidig på samme båt?',
  },
  {
    locale: 'nb',
    topic: 'seatime.positions',
    text: 'Jeg er røkter men kjører båten til merdene, hvilken stilling skal fartstiden føres på?',
  },
  {
    locale: 'en',
    topic: 'seatime.positions',
    text: "Which position should we register for our fish farm technicians' sea time?",
  },
  {
    locale: 'en',
    topic: 'seatime.positions',
    text: 'Can two people be registered as master on the same boat at the same time?',
  },
  {
    locale: 'en',
    topic: 'seatime.positions',
    text: 'Employee holds a D6 but is not the skipper. What position do we report his sea time under?',
  },

  // ── seatime.employer-reporting ───────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'seatime.employer-reporting',
    text: 'Fartstiden min på Min side sjøfolk er feil, hvordan får jeg rettet den?',
  },
  { locale: 'nb', topic: 'seatime.employer-reporting', text: 'Kan jeg registrere fartstid selv på min side?' },
  { locale: 'nb', topic: 'seatime.employer-reporting', text: 'Hvor ofte må arbeidsgiver rapportere inn fartstid?' },
  {
    locale: 'nb',
    topic: 'seatime.employer-reporting',
    text: 'kan sjofartsdirektoratet legge inn fartstida mi for meg?',
  },
  {
    locale: 'en',
    topic: 'seatime.employer-reporting',
    text: 'My sea time on Min side sjøfolk is wrong, who fixes it?',
  },
  { locale: 'en', topic: 'seatime.employer-reporting', text: 'Can I enter my own sea time in the portal?' },
  {
    locale: 'en',
    topic: 'seatime.employer-reporting',
    text: 'How often does the employer have to report sea time electronically?',
  },
  {
    locale: 'en',
    topic: 'seatime.employer-reporting',
    text: 'Only part of my sea time shows up on my page, why has my employer not reported all of it?',
  },

  // ── seatime.electronic-vs-manual ─────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'seatime.electronic-vs-manual',
    text: 'Er det noen fordel med elektronisk rapportering av fartstid framfor manuell attest?',
  },
  {
    locale: 'nb',
    topic: 'seatime.electronic-vs-manual',
    text: 'Må jeg få ny fartstidsattest fra arbeidsgiver hver gang jeg søker?',
  },
  {
    locale: 'nb',
    topic: 'seatime.electronic-vs-manual',
    text: 'Går det raskere om rederiet rapporterer fartstid elektronisk i stedet for å skrive papirattest?',
  },
  {
    locale: 'en',
    topic: 'seatime.electronic-vs-manual',
    text: 'What is the difference between electronic sea-time reporting and a manual confirmation?',
  },
  {
    locale: 'en',
    topic: 'seatime.electronic-vs-manual',
    text: 'Can I reuse the same manual sea time letter for my next application?',
  },
  {
    locale: 'en',
    topic: 'seatime.electronic-vs-manual',
    text: 'Is it quicker if my employer reports my sea time electronically instead of writing a letter?',
  },

  // ── seatime.mobile-units ─────────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'seatime.mobile-units',
    text: 'Hva er forskjellen på fartstid fra flyttbar innretning med og uten egen fremdrift?',
  },
  {
    locale: 'nb',
    topic: 'seatime.mobile-units',
    text: 'Hvilke stillinger på flyttbar innretning godkjennes for fartstid?',
  },
  {
    locale: 'nb',
    topic: 'seatime.mobile-units',
    text: 'teller fartstid som kontrollromsoperatør på riggen til å søke høyere sertifikat?',
  },
  {
    locale: 'en',
    topic: 'seatime.mobile-units',
    text: 'What is the difference between sea time on a mobile unit with and without propulsion?',
  },
  {
    locale: 'en',
    topic: 'seatime.mobile-units',
    text: 'Which rig positions are accepted for sea time, e.g. stability section leader?',
  },
  {
    locale: 'en',
    topic: 'seatime.mobile-units',
    text: 'Can time as control room operator on a semi-sub without own propulsion be used to upgrade my certificate?',
  },

  // ── deck.first-issue ─────────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'deck.first-issue', text: 'Hvilke fartstidskrav gjelder for å få D5 første gang?' },
  { locale: 'nb', topic: 'deck.first-issue', text: 'Hvor mye fartstid trenger jeg for å få D4?' },
  {
    locale: 'nb',
    topic: 'deck.first-issue',
    text: 'Jeg har fagbrev som matros, hvor mye fartstid trenger jeg for D3?',
  },
  { locale: 'nb', topic: 'deck.first-issue', text: 'Kan jeg søke D5 med kadettbok og 12 måneders fartstid?' },
  {
    locale: 'nb',
    topic: 'deck.first-issue',
    text: 'Kva fartstidskrav gjeld for fyrste gongs kompetansesertifikat dekksoffiser klasse 3?',
  },
  {
    locale: 'nb',
    topic: 'deck.first-issue',
    text: '36 måneder på båter under 15 meter, teller det for førstegangs D5?',
  },
  { locale: 'en', topic: 'deck.first-issue', text: 'What sea time do I need for my first D5?' },
  { locale: 'en', topic: 'deck.first-issue', text: 'sea time requirements for deck officer class 4, first issue' },
  {
    locale: 'en',
    topic: 'deck.first-issue',
    text: 'I have a trade certificate as fisherman, how much sea time for a first D3?',
  },
  { locale: 'en', topic: 'deck.first-issue', text: 'Can I get my first D5 via webcadet and 12 months of sea time?' },
  {
    locale: 'en',
    topic: 'deck.first-issue',
    text: 'Does sea time on a 12 m boat count towards the 36 months for a first deck officer certificate?',
  },
  {
    locale: 'en',
    topic: 'deck.first-issue',
    text: 'what are the three alternative sea time requirements for a first D3?',
  },

  // ── deck.master-rights ───────────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'deck.master-rights',
    text: 'Hvorfor fikk jeg ikke skipsførerrettigheter på D4-sertifikatet mitt?',
  },
  { locale: 'nb', topic: 'deck.master-rights', text: 'hvordan får jeg førerrett på D5 sertifikatet?' },
  { locale: 'en', topic: 'deck.master-rights', text: 'My new D4 has no master privileges, why?' },
  { locale: 'en', topic: 'deck.master-rights', text: 'How do I get master rights on my D3?' },
  {
    locale: 'en',
    topic: 'deck.master-rights',
    text: 'I got my first D5 a year ago and have 12 months as OOW since. How do I get master rights added?',
  },

  // ── deck.cadet ───────────────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'deck.cadet', text: 'Jeg er kadett, når kan jeg søke om dekksoffisersertifikat?' },
  {
    locale: 'nb',
    topic: 'deck.cadet',
    text: 'Hvor mange dager etter vitnemålet må jeg ha seilt før jeg kan søke som kadett?',
  },
  {
    locale: 'nb',
    topic: 'deck.cadet',
    text: 'Kan jeg starte systematisk opplæring som kadett før jeg har vitnemål til D5?',
  },
  { locale: 'en', topic: 'deck.cadet', text: "I'm a cadet, when can I apply for my deck officer certificate?" },
  { locale: 'en', topic: 'deck.cadet', text: 'Do the 120 days of cadet time have to be after my final diploma?' },
  {
    locale: 'en',
    topic: 'deck.cadet',
    text: 'cadet here, finished school in june, been onboard since august - can i apply now?',
  },

  // ── deck.foreign-cadet ───────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'deck.foreign-cadet', text: 'Kan jeg ta kadettiden på et skip med utenlandsk flagg?' },
  {
    locale: 'nb',
    topic: 'deck.foreign-cadet',
    text: 'Kan eg vere kadett på eit dansk skip med ISF-kadettbok, kva krav er det til assessor?',
  },
  { locale: 'en', topic: 'deck.foreign-cadet', text: 'Can I do my cadetship on a foreign-flagged ship?' },
  {
    locale: 'en',
    topic: 'deck.foreign-cadet',
    text: 'Is a cadet berth with a Danish shipping company accepted? The assessor is not Norwegian.',
  },
  {
    locale: 'en',
    topic: 'deck.foreign-cadet',
    text: 'cadet with ISF book on a non norwegian vessel, what are the conditions?',
  },

  // ── health.certificate ───────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'health.certificate', text: 'Hvor lenge er helseerklæringen gyldig?' },
  { locale: 'nb', topic: 'health.certificate', text: 'Er D6 gyldig hvis helseerklæringen har gått ut?' },
  {
    locale: 'nb',
    topic: 'health.certificate',
    text: 'helseerkleringen min har begrensninger, men de står ikke på D6, må jeg følge dem?',
  },
  { locale: 'nb', topic: 'health.certificate', text: 'Jeg er 17, hvor lenge gjelder helseerklæringen min?' },
  { locale: 'nb', topic: 'health.certificate', text: 'Må helseerklæring fornyes hvert år når man er over 50?' },
  { locale: 'nb', topic: 'health.certificate', text: 'Kor lenge gjeld helseerklæringa for sjøfolk?' },
  { locale: 'en', topic: 'health.certificate', text: 'Is my D6 still valid if my medical has expired?' },
  {
    locale: 'en',
    topic: 'health.certificate',
    text: 'My health certificate has a restriction but it is not printed on my D6. Do I need to follow it?',
  },
  {
    locale: 'en',
    topic: 'health.certificate',
    text: "I'm 16 and starting as deckhand, how long will my medical be valid?",
  },
  {
    locale: 'en',
    topic: 'health.certificate',
    text: 'Do fishermen over 50 need to renew their health certificate every year?',
  },
  {
    locale: 'en',
    topic: 'health.certificate',
    text: 'the doctor gave me a helseerklæring for only 1 year, is that allowed?',
  },

  // ── aps.processing ───────────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'aps.processing', text: 'Blir sertifikatet utstedt automatisk hvis alt er rapportert inn?' },
  {
    locale: 'nb',
    topic: 'aps.processing',
    text: 'Søknaden sier "Denne søknaden vil gå til manuell behandling", hva betyr det?',
  },
  {
    locale: 'nb',
    topic: 'aps.processing',
    text: 'Hva må være registrert for at sertifikatet kan utstedes automatisk?',
  },
  {
    locale: 'nb',
    topic: 'aps.processing',
    text: 'kan jeg unngå manuell saksbehandling når jeg har lastet opp kursbevis som vedlegg?',
  },
  {
    locale: 'nb',
    topic: 'aps.processing',
    text: 'det står at søknaden går til stikkprøvekontroll eller automatisk utstedelse, hva innebærer det?',
  },
  { locale: 'en', topic: 'aps.processing', text: 'Will my certificate be issued automatically?' },
  {
    locale: 'en',
    topic: 'aps.processing',
    text: 'The portal says my application will go to manual processing. What does that mean?',
  },
  {
    locale: 'en',
    topic: 'aps.processing',
    text: 'I attached my course certificates as PDFs, will the application still be handled automatically?',
  },
  {
    locale: 'en',
    topic: 'aps.processing',
    text: 'What has to be reported in the system for a certificate to be issued automatically?',
  },
  {
    locale: 'en',
    topic: 'aps.processing',
    text: 'It says my application will go to spot check or be issued automatically, what is that?',
  },

  // ── aps.processing-time ──────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'aps.processing-time', text: 'Hvor lang er saksbehandlingstiden for sertifikater?' },
  {
    locale: 'nb',
    topic: 'aps.processing-time',
    text: 'hvor lang tid tar det å få D6 sertifikatet etter at jeg har søkt?',
  },
  {
    locale: 'nb',
    topic: 'aps.processing-time',
    text: 'Det er gått tre uker siden jeg søkte om fornyelse, hvor lenge pleier det å ta?',
  },
  { locale: 'en', topic: 'aps.processing-time', text: 'How long does it take to process a certificate application?' },
  { locale: 'en', topic: 'aps.processing-time', text: 'what is the current processing time at sdir?' },
  {
    locale: 'en',
    topic: 'aps.processing-time',
    text: 'Applied for my D5 renewal two weeks ago, how long until it is done?',
  },

  // ── aps.digital-certificates ─────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'aps.digital-certificates', text: 'Er digitale sertifikater gyldige om bord?' },
  { locale: 'nb', topic: 'aps.digital-certificates', text: 'Finnes det en app for å vise sertifikatet mitt?' },
  { locale: 'nb', topic: 'aps.digital-certificates', text: 'kan eg vise sertifikatet på mobilen i staden for papir?' },
  { locale: 'en', topic: 'aps.digital-certificates', text: 'Are digital certificates accepted on board?' },
  { locale: 'en', topic: 'aps.digital-certificates', text: 'Is there an app to show my seafarer certificates?' },
  {
    locale: 'en',
    topic: 'aps.digital-certificates',
    text: 'Will my digital certificate be valid when the ship calls at a port in Germany?',
  },

  // ── isps.process ─────────────────────────────────────────────────────────────────────────────
  {
    locale: 'nb',
    topic: 'isps.process',
    text: 'Hvordan får vi ISPS-sertifisering for et skip som ikke har norsk ISSC?',
  },
  { locale: 'nb', topic: 'isps.process', text: 'Hvor tidlig må CSO begjære verifikasjon i Altinn?' },
  {
    locale: 'nb',
    topic: 'isps.process',
    text: 'Hvilke steg er det i sertifiseringsprosessen for ISPS hos Sdir, fra SSA til fulltids ISSC?',
  },
  {
    locale: 'en',
    topic: 'isps.process',
    text: 'What is the ISPS certification process for a ship without a Norwegian ISSC?',
  },
  { locale: 'en', topic: 'isps.process', text: 'How far in advance must the CSO request a verification via Altinn?' },
  {
    locale: 'en',
    topic: 'isps.process',
    text: 'We are bringing a ship into the Norwegian flag. How do we get the SSA and SSP approved and a full-term ISSC issued?',
  },

  // ── isps.interim ─────────────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'isps.interim', text: 'kan interim ISSC forlenges?' },
  { locale: 'nb', topic: 'isps.interim', text: 'Hvilket brev skal følge det midlertidige ISSC om bord?' },
  { locale: 'en', topic: 'isps.interim', text: 'Can we extend the interim ISSC beyond 6 months?' },
  { locale: 'en', topic: 'isps.interim', text: 'What letter has to accompany the I-ISSC on board?' },

  // ── isps.verification-dates ──────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'isps.verification-dates', text: 'Når skal den mellomliggende verifikasjonen gjennomføres?' },
  {
    locale: 'nb',
    topic: 'isps.verification-dates',
    text: 'ISSC utløper 15. juni 2026, vi tar fornyelsen 1. april 2026, hva blir ny utløpsdato?',
  },
  {
    locale: 'nb',
    topic: 'isps.verification-dates',
    text: 'Hvis fornyelsesverifikasjonen gjøres mer enn 3 måneder før utløp, hva blir utløpsdatoen da?',
  },
  {
    locale: 'nb',
    topic: 'isps.verification-dates',
    text: 'ISSC gyldig til 10.10.2027, når er vinduet for intermediate-verifikasjonen?',
  },
  { locale: 'nb', topic: 'isps.verification-dates', text: 'Hvordan beregnes ny utløpsdato på ISSC etter fornyelse?' },
  {
    locale: 'nb',
    topic: 'isps.verification-dates',
    text: 'når må fornyelsesverifikasjonen for ISSC senest være gjort?',
  },
  { locale: 'en', topic: 'isps.verification-dates', text: 'When is the intermediate verification due for our ISSC?' },
  {
    locale: 'en',
    topic: 'isps.verification-dates',
    text: 'Our ISSC expires 1 March 2026. If we do the renewal verification on 15 January 2026, what is the new expiry date?',
  },
  {
    locale: 'en',
    topic: 'isps.verification-dates',
    text: 'Renewal audit done 5 months before expiry, what will the new ISSC expiry be?',
  },
  {
    locale: 'en',
    topic: 'isps.verification-dates',
    text: 'ISSC issued 2023-05-20, valid 5 years. Between which dates should the intermediate verification happen?',
  },
  {
    locale: 'en',
    topic: 'isps.verification-dates',
    text: 'how is the new expiry date set after the ISPS renewal verification?',
  },
  { locale: 'en', topic: 'isps.verification-dates', text: 'Deadline for the ISSC renewal verification?' },

  // ── isps.invalid ─────────────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'isps.invalid', text: 'Når må ISSC leveres tilbake til Sjøfartsdirektoratet?' },
  { locale: 'nb', topic: 'isps.invalid', text: 'Skipet skifter flagg, hva skjer med ISSC-en?' },
  { locale: 'nb', topic: 'isps.invalid', text: 'Nytt selskap overtar driften av skipet, er ISSC fortsatt gyldig?' },
  { locale: 'en', topic: 'isps.invalid', text: 'When does the ISSC have to be returned to Sdir?' },
  {
    locale: 'en',
    topic: 'isps.invalid',
    text: 'Another company is taking over the operation of the ship. Is our ISSC still valid?',
  },
  { locale: 'en', topic: 'isps.invalid', text: 'Ship changes flag next month, do we send the ISSC back?' },

  // ── isps.electronic-plan ─────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'isps.electronic-plan', text: 'Godtar Sdir elektronisk sikkerhetsplan?' },
  { locale: 'nb', topic: 'isps.electronic-plan', text: 'Hva må være på papir om bord hvis vi har SSP-en elektronisk?' },
  { locale: 'nb', topic: 'isps.electronic-plan', text: 'kan vi ha sikringsplanen på pc om bord i stedet for i perm?' },
  { locale: 'en', topic: 'isps.electronic-plan', text: 'Is an electronic ship security plan accepted?' },
  {
    locale: 'en',
    topic: 'isps.electronic-plan',
    text: 'If the SSP is electronic, what must be kept on paper on board?',
  },
  {
    locale: 'en',
    topic: 'isps.electronic-plan',
    text: 'we want to go paperless with our ship security plan, is that ok with the norwegian flag?',
  },

  // ── contact ──────────────────────────────────────────────────────────────────────────────────
  { locale: 'nb', topic: 'contact', text: 'Jeg vil snakke med et menneske, ikke en bot' },
  { locale: 'nb', topic: 'contact', text: 'Hvilken e-post sender jeg spørsmål om API-et til?' },
  { locale: 'nb', topic: 'contact', text: 'hva er epostadressen til sdir' },
  { locale: 'nb', topic: 'contact', text: 'Kan eg få snakke med ein saksbehandlar?' },
  { locale: 'en', topic: 'contact', text: 'Can I talk to a real person please?' },
  { locale: 'en', topic: 'contact', text: 'Where do I send questions about the API for reporting sea time?' },
  { locale: 'en', topic: 'contact', text: 'email address for sdir?' },

  // ── fallback (outside the catalogue, including near-misses) ──────────────────────────────────
  { locale: 'nb', topic: 'fallback', text: 'Hvordan fornyer jeg passet mitt?' },
  { locale: 'nb', topic: 'fallback', text: 'Hva blir været i Nordsjøen i morgen?' },
  { locale: 'nb', topic: 'fallback', text: 'Kan jeg få lån til å kjøpe fritidsbåt?' },
  { locale: 'nb', topic: 'fallback', text: 'Hvordan tar jeg båtførerbevis?' },
  { locale: 'nb', topic: 'fallback', text: 'Hvor stor er torskekvoten for kystflåten i år?' },
  { locale: 'nb', topic: 'fallback', text: 'Må jeg betale toll når jeg kjøper båt fra Sverige?' },
  { locale: 'nb', topic: 'fallback', text: 'Hva tjener en skipskokk i måneden?' },
  { locale: 'nb', topic: 'fallback', text: 'Hvordan registrerer jeg båten i skipsregisteret?' },
  { locale: 'nb', topic: 'fallback', text: 'Hva er fartsgrensen for fritidsbåter i Oslofjorden?' },
  { locale: 'nb', topic: 'fallback', text: 'Kan jeg få lån i Lånekassen til D6-kurset?' },
  { locale: 'nb', topic: 'fallback', text: 'Hvor mye koster det å registrere et skip i NIS?' },
  { locale: 'nb', topic: 'fallback', text: 'Hva koster havneavgiften i Bergen havn?' },
  { locale: 'nb', topic: 'fallback', text: 'Hvordan bestiller jeg billett på ferja til Hirtshals?' },
  { locale: 'nb', topic: 'fallback', text: 'Hvordan får jeg sjømannsfradrag på skatten?' },
  { locale: 'nb', topic: 'fallback', text: 'Vi skal selge fiskebåten vår, hvordan setter vi opp kjøpekontrakten?' },
  { locale: 'nb', topic: 'fallback', text: 'Hvilken forsikring trenger jeg på arbeidsbåten?' },
  { locale: 'nb', topic: 'fallback', text: 'Har jeg rett på sykepenger når jeg er avmønstret?' },
  { locale: 'nb', topic: 'fallback', text: 'Hvordan melder jeg fra om et oljeutslipp i havna?' },
  { locale: 'nb', topic: 'fallback', text: 'Kan du anbefale et hotell i Haugesund?' },
  { locale: 'nb', topic: 'fallback', text: 'Hva er minstelønn for matroser på NIS-skip?' },
  { locale: 'nb', topic: 'fallback', text: 'Hvor kan jeg ta D6-kurset i Trøndelag?' },
  { locale: 'nb', topic: 'fallback', text: 'Hvordan blir jeg godkjent som sjømannslege?' },
  { locale: 'nb', topic: 'fallback', text: 'Hvor mye er gebyret for å søke om D5-sertifikat?' },
  { locale: 'nb', topic: 'fallback', text: 'Kva kostar det å ta helseundersøkinga hos sjømannslegen?' },
  {
    locale: 'nb',
    topic: 'fallback',
    text: 'Hvordan får havneanlegget vårt godkjent ISPS-sikringsplan for terminalen?',
  },
  { locale: 'nb', topic: 'fallback', text: 'kor mykje skatt betaler ein fiskar på Lofotfisket?' },
  { locale: 'en', topic: 'fallback', text: 'How do I renew my Norwegian passport?' },
  { locale: 'en', topic: 'fallback', text: 'What is the weather forecast for Stad tomorrow?' },
  { locale: 'en', topic: 'fallback', text: 'Can I get a loan to buy a leisure boat?' },
  { locale: 'en', topic: 'fallback', text: 'How do I get a boat driving licence (båtførerbevis) for my speedboat?' },
  { locale: 'en', topic: 'fallback', text: 'What are the mackerel quotas this year?' },
  { locale: 'en', topic: 'fallback', text: 'Do I pay customs duty when importing a boat from Germany?' },
  { locale: 'en', topic: 'fallback', text: "What does a ship's cook earn in Norway?" },
  { locale: 'en', topic: 'fallback', text: 'How do I register a boat in the Norwegian ship register?' },
  { locale: 'en', topic: 'fallback', text: 'What is the speed limit for leisure boats near the shore?' },
  { locale: 'en', topic: 'fallback', text: 'Can I get a loan from Lånekassen for the D6 course?' },
  { locale: 'en', topic: 'fallback', text: 'How much tax does a seafarer pay in Norway?' },
  { locale: 'en', topic: 'fallback', text: 'What are the harbour fees in Tromsø?' },
  { locale: 'en', topic: 'fallback', text: 'How do I book a cabin on the coastal ferry to Kirkenes?' },
  { locale: 'en', topic: 'fallback', text: 'Who pays sick pay to crew on a Norwegian ship?' },
  { locale: 'en', topic: 'fallback', text: 'What is the standard salary for an able seaman on NIS ships?' },
  { locale: 'en', topic: 'fallback', text: 'How do I report an oil spill from a vessel?' },
  { locale: 'en', topic: 'fallback', text: 'any good hotel near the sdir office in haugesund?' },
  { locale: 'en', topic: 'fallback', text: 'What insurance do I need for a charter boat?' },
  { locale: 'en', topic: 'fallback', text: 'How do I sell my fishing vessel to a buyer abroad?' },
  { locale: 'en', topic: 'fallback', text: 'How does a port facility get its ISPS security assessment approved?' },
  { locale: 'en', topic: 'fallback', text: 'How does our company get an ISM Document of Compliance?' },
  { locale: 'en', topic: 'fallback', text: 'Do I need a VHF radio licence on my sailboat?' },
  { locale: 'en', topic: 'fallback', text: 'Where can I take the basic safety training course in Bergen?' },
  { locale: 'en', topic: 'fallback', text: 'How much is the annual fee for a ship in the Norwegian register?' },
  { locale: 'en', topic: 'fallback', text: 'Do I need a fishing licence to fish for cod from my leisure boat?' },
  { locale: 'en', topic: 'fallback', text: 'How much does the D6 course cost?' },
];
