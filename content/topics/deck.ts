/**
 * Deck officer certificates: first issue, master rights and cadets (seed 004).
 * Titles and answers in bokmål, nynorsk and English, side by side. Every statement comes from the
 * Sdir seed documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`, in our own
 * words. For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import type { Localized } from '../localized.js';
import type { TopicGroup } from '../types.js';

export const deckTopics = {
  'deck.first-issue': {
    title: {
      nb: 'Fartstidskrav for første D5, D4 eller D3',
      nn: 'Krav til fartstid for første D5, D4 eller D3',
      en: 'Sea-time requirements for a first D5, D4 or D3',
    },
    answer: {
      nb:
        'For første gangs D5, D4 eller D3 finnes tre alternative fartstidskrav:\n\n' +
        '• 36 måneder (1080 dager) på sjøgående skip med største lengde 15 meter eller mer. Seks av månedene må være med brovakttjeneste, og minst 30 dager må være opptjent etter vitnemålet. I tillegg trengs bedømmelse fra godkjent assessor. Søker du D5, er dette eneste alternativ, fordi det ikke finnes godkjent systematisk opplæring for D5.\n' +
        '• 12 måneder (360 dager) i et godkjent opplæringsprogram om bord på sjøgående skip med største lengde 15 meter eller mer, dokumentert i webcadet eller ISF-kadettbok.\n' +
        '• 6 måneder (180 dager) i et slikt opplæringsprogram, pluss fagbrev som matros eller fisker.\n\n' +
        'Svar på noen spørsmål, så sjekker jeg om du oppfyller ett av alternativene.',
      nn:
        'Når du søkjer D5, D4 eller D3 for første gong, finst det tre alternative krav til fartstid:\n\n' +
        '• 36 månader (1080 dagar) på sjøgåande skip med største lengde 15 meter eller meir. Seks av månadene må vere med bruvaktteneste, og minst 30 av dagane må vere frå tida etter at du fekk vitnemålet. I tillegg trengst vurdering frå ein godkjend assessor. Søkjer du D5, er dette det einaste alternativet, fordi det ikkje finst godkjend systematisk opplæring for D5.\n' +
        '• 12 månader (360 dagar) i eit godkjent opplæringsprogram om bord på sjøgåande skip med største lengde 15 meter eller meir, dokumentert i webcadet eller ISF-kadettbok.\n' +
        '• 6 månader (180 dagar) i eit slikt opplæringsprogram, i tillegg til fagbrev som matros eller fiskar.\n\n' +
        'Svar på nokre spørsmål, så sjekkar eg om du oppfyller eitt av alternativa.',
      en:
        'For a first D5, D4 or D3 there are three alternative sea-time requirements:\n\n' +
        '• 36 months (1080 days) on seagoing ships of 15 metres length overall or more. Six of the months must include bridge watchkeeping, and at least 30 days must be earned after the diploma. You also need an assessment by an approved assessor. If you apply for D5, this is the only alternative, because there is no approved systematic training for D5.\n' +
        '• 12 months (360 days) in an approved training programme on board seagoing ships of 15 metres length overall or more, documented in webcadet or the ISF cadet book.\n' +
        '• 6 months (180 days) in such a training programme, plus a trade certificate as able seaman or fisherman.\n\n' +
        'Answer a few questions and I will check whether you meet one of the alternatives.',
    },
  },
  'deck.master-rights': {
    title: {
      nb: 'Førerrettigheter i D5, D4 og D3',
      nn: 'Førarrettar i D5, D4 og D3',
      en: 'Master privileges in D5, D4 and D3',
    },
    answer: {
      nb:
        'Første gang D5, D4 eller D3 utstedes, er sertifikatet uten førerrettigheter.\n\n' +
        'For å få førerrettigheter søker du om fornyelse av sertifikatet på grunnlag av minst 12 måneders fartstid i sertifikatpliktig stilling, opptjent etter at sertifikatet ble utstedt første gang. Du må også ha fylt 20 år.\n\n' +
        'Svar på noen spørsmål, så sjekker jeg om du kan få førerrettigheter.',
      nn:
        'Første gongen D5, D4 eller D3 blir skrive ut, er sertifikatet utan førarrettar.\n\n' +
        'For å få førarrettar søkjer du om fornying av sertifikatet på grunnlag av minst 12 månader fartstid i sertifikatpliktig stilling etter at sertifikatet vart skrive ut første gongen. Du må òg ha fylt 20 år.\n\n' +
        'Svar på nokre spørsmål, så sjekkar eg om du kan få førarrettar.',
      en:
        'A first-issue D5, D4 or D3 certificate comes without master privileges.\n\n' +
        'To get master privileges, apply for renewal of the certificate based on at least 12 months of sea time in a position requiring the certificate, earned after the certificate was first issued. You must also be at least 20 years old.\n\n' +
        'Answer a few questions and I will check whether you can get master privileges.',
    },
  },
  'deck.cadet': {
    title: {
      nb: 'Når kan en kadett søke sertifikat?',
      nn: 'Når kan ein kadett søkje om sertifikat?',
      en: 'When can a cadet apply for a certificate?',
    },
    answer: {
      nb:
        'Som kadett kan du søke om dekksoffisersertifikat når minst 4 måneder (120 dager) av fartstiden med systematisk opplæring er opptjent etter at det endelige vitnemålet for sertifikatet du søker om, er utstedt.\n\n' +
        'Du kan ikke begynne den systematiske opplæringen før du har minst vitnemål til D5. Opplæringen dokumenteres i godkjent elektronisk kadettbok (webcadet) eller i ISF-kadettbok. Spørsmål om webcadet går til maritimt opplæringskontor.\n\n' +
        'Svar på noen spørsmål, så sjekker jeg om fartstiden din holder.',
      nn:
        'Som kadett kan du søkje om dekksoffisersertifikat når minst 4 månader (120 dagar) av fartstida med systematisk opplæring er opptente etter at det endelege vitnemålet for sertifikatet du søkjer om, er skrive ut.\n\n' +
        'Du kan ikkje byrje den systematiske opplæringa før du har minst vitnemål til D5. Opplæringa blir dokumentert i godkjend elektronisk kadettbok (webcadet) eller i ISF-kadettbok. Spørsmål om webcadet går til maritimt opplæringskontor.\n\n' +
        'Svar på nokre spørsmål, så sjekkar eg om fartstida di held.',
      en:
        'As a cadet you can apply for a deck officer certificate once at least 4 months (120 days) of your sea time with systematic training have been earned after the final diploma for the certificate you are applying for was issued.\n\n' +
        'You cannot start systematic training until you hold at least the diploma for D5. The training is documented in an approved electronic cadet book (webcadet) or the ISF cadet book. Questions about webcadet go to the maritime training office (maritimt opplæringskontor).\n\n' +
        'Answer a few questions and I will check whether your sea time is enough.',
    },
  },
  'deck.foreign-cadet': {
    title: {
      nb: 'Kadettplass i utenlandsk rederi eller under fremmed flagg',
      nn: 'Kadettplass i utanlandsk reiarlag eller under framandt flagg',
      en: 'Cadet berths with foreign companies or flags',
    },
    answer: {
      nb:
        'Sjøfartsdirektoratet godkjenner kadettplass i et utenlandsk rederi eller på et skip som ikke fører norsk flagg, hvis ett av disse kravene er oppfylt:\n\n' +
        '• Assessoren har norsk sertifikat og kvalifikasjonsbevis som assessor utstedt av Sjøfartsdirektoratet. Statsborgerskap spiller ingen rolle.\n' +
        '• Kompetansen til kapteinen eller den som har ansvaret for opplæringen, dokumenteres med kopi av nasjonalt sertifikat og eventuell påtegning, og bedømmelsen gjennomføres på et fartøy med norsk godkjent assessor.\n\n' +
        'Bruker du ISF-kadettbok, må assessoren signere alle oppgavene i «section 7».',
      nn:
        'Sjøfartsdirektoratet godkjenner kadettplass i eit utanlandsk reiarlag eller på eit skip som ikkje fører norsk flagg, dersom eitt av desse krava er oppfylt:\n\n' +
        '• Assessoren har norsk sertifikat og kvalifikasjonsbevis som assessor frå Sjøfartsdirektoratet. Statsborgarskap spelar inga rolle.\n' +
        '• Kompetansen til kapteinen eller den som har ansvaret for opplæringa, blir dokumentert med kopi av nasjonalt sertifikat og eventuell påteikning, og vurderinga blir gjennomført på eit fartøy med norsk godkjend assessor.\n\n' +
        'Brukar du ISF-kadettbok, må assessoren signere alle oppgåvene i «section 7».',
      en:
        'The Norwegian Maritime Authority approves cadet berths with a foreign company or on a ship not flying the Norwegian flag, if one of these conditions is met:\n\n' +
        '• The assessor holds a Norwegian certificate and an assessor qualification document issued by the Authority. Citizenship does not matter.\n' +
        '• The competence of the master or the person responsible for training is documented with a copy of their national certificate and any endorsement, and the assessment is carried out on a vessel with a Norwegian-approved assessor.\n\n' +
        'If you use the ISF cadet book, the assessor must sign all tasks in "section 7".',
    },
  },
} satisfies Localized<TopicGroup<'deck'>>;
