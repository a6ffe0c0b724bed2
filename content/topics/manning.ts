/**
 * Manning certificates and the manning regulations (seed 003).
 * Titles and answers in bokmål, nynorsk and English, side by side. Every statement comes from the
 * Sdir seed documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`, in our own
 * words. For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import type { Localized } from '../localized.js';
import type { TopicGroup } from '../types.js';

export const manningTopics = {
  'manning.which-vessels': {
    title: {
      nb: 'Bemanningssertifikat: hvilke fartøy',
      nn: 'Bemanningssertifikat: kva fartøy',
      en: 'Manning certificate: which vessels',
    },
    answer: {
      nb:
        'Disse norske fartøyene må ha bemanningssertifikat (bemanningsoppgave) utstedt av Sjøfartsdirektoratet:\n\n' +
        '• passasjerskip, uansett størrelse\n' +
        '• lasteskip med bruttotonnasje (BT) 50 eller mer\n' +
        '• fiskefartøy med lengde (L) 24 meter eller mer, uansett fartsområde\n\n' +
        'Skip som bare brukes til opplæring og undervisning, og skip i los- eller redningstjeneste, omfattes bare så langt Sjøfartsdirektoratet bestemmer det i hvert enkelt tilfelle (bemanningsforskriften § 1).\n\n' +
        'Svar på noen korte spørsmål om fartøyet, så sjekker jeg hva som gjelder.',
      nn:
        'Desse norske fartøya må ha bemanningssertifikat (bemanningsoppgåve) som Sjøfartsdirektoratet har skrive ut:\n\n' +
        '• passasjerskip, same kor store dei er\n' +
        '• lasteskip med bruttotonnasje (BT) 50 eller meir\n' +
        '• fiskefartøy med lengde (L) 24 meter eller meir, same kva fartsområde dei går i\n\n' +
        'Skip som berre er i bruk til opplæring og undervisning, og skip i los- eller redningsteneste, er berre omfatta så langt Sjøfartsdirektoratet avgjer det i kvart enkelt tilfelle (bemanningsforskrifta § 1).\n\n' +
        'Svar på nokre korte spørsmål om fartøyet, så sjekkar eg kva som gjeld.',
      en:
        'These Norwegian vessels must have a manning certificate (minimum safe manning document) issued by the Norwegian Maritime Authority:\n\n' +
        '• passenger ships of any size\n' +
        '• cargo ships of 50 gross tonnage (GT) or more\n' +
        '• fishing vessels with a length (L) of 24 metres or more, whatever the trading area\n\n' +
        'Ships used only for training and education, and ships in pilot or rescue service, are covered only as far as the Authority decides in each individual case (Manning Regulations § 1).\n\n' +
        'Answer a few short questions about the vessel and I will check what applies.',
    },
  },
  'manning.how-to-apply': {
    title: {
      nb: 'Søke om bemanningssertifikat',
      nn: 'Søkje om bemanningssertifikat',
      en: 'Applying for a manning certificate',
    },
    answer: {
      nb:
        'Inntil Sjøfartsdirektoratet har fått på plass en ny digital løsning, søker rederiet med skjemaene KS-0308, KS-0308-1 og KS-0308-2. Det er søknadsskjemaet og kontrollskjemaene for minste sikkerhetsbemanning, og du finner dem i skjemakatalogen på Sjøfartsdirektoratets nettsider.\n\n' +
        'Fyll ut skjemaene og send dem som vedlegg i en e-post til post@sdir.no.\n\n' +
        'Kildene mine sier ikke noe om behandlingstiden for slike søknader. Lurer du på det, kan du spørre Sjøfartsdirektoratet på post@sdir.no.',
      nn:
        'Fram til Sjøfartsdirektoratet har fått på plass ei ny digital løysing, søkjer reiarlaget med skjemaa KS-0308, KS-0308-1 og KS-0308-2. Det er søknadsskjemaet og kontrollskjemaa for minste sikkerheitsbemanning, og du finn dei i skjemakatalogen på nettsidene til Sjøfartsdirektoratet.\n\n' +
        'Fyll ut skjemaa og send dei som vedlegg i ein e-post til post@sdir.no.\n\n' +
        'Kjeldene mine seier ikkje noko om kor lang behandlingstida er for slike søknader. Lurer du på det, kan du spørje Sjøfartsdirektoratet på post@sdir.no.',
      en:
        "Until the Norwegian Maritime Authority has a new digital service in place, the company applies with forms KS-0308, KS-0308-1 and KS-0308-2. These are the application form and the check forms for minimum safe manning, and you find them in the form catalogue on the Authority's website.\n\n" +
        'Fill in the forms and send them as attachments in an e-mail to post@sdir.no.\n\n' +
        'My sources say nothing about how long such applications take. If you need to know, ask the Authority at post@sdir.no.',
    },
  },
  'manning.stcw-update': {
    title: {
      nb: 'Oppdatere bemanningssertifikatet etter STCW-revisjonen',
      nn: 'Oppdatere bemanningssertifikatet etter STCW-revisjonen',
      en: 'Updating the manning certificate after the STCW revision',
    },
    answer: {
      nb:
        'Har rederiet fått pålegg om å oppdatere bemanningssertifikatet etter revisjonen av STCW-konvensjonen, må rederen søke Sjøfartsdirektoratet om et oppdatert sertifikat.\n\n' +
        'Gjelder søknaden bare oppdaterte kvalifikasjonskrav for stillinger som allerede står i bemanningssertifikatet, skal den ikke sendes på det vanlige skjemaet. Send den i stedet på e-post til post@sdir.no, eller i posten til Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND.\n\n' +
        'Søknaden må inneholde:\n' +
        '• skipets navn, kallesignal og IMO-nummer\n' +
        '• en kopi av gjeldende bemanningssertifikat',
      nn:
        'Har reiarlaget fått pålegg om å oppdatere bemanningssertifikatet etter revisjonen av STCW-konvensjonen, må reiaren søkje Sjøfartsdirektoratet om eit oppdatert sertifikat.\n\n' +
        'Gjeld søknaden berre oppdaterte kvalifikasjonskrav for stillingar som alt står i bemanningssertifikatet, skal han ikkje sendast på det vanlege skjemaet. Send han i staden på e-post til post@sdir.no, eller i posten til Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND.\n\n' +
        'Søknaden må innehalde:\n' +
        '• namnet, kallesignalet og IMO-nummeret til skipet\n' +
        '• ein kopi av det gjeldande bemanningssertifikatet',
      en:
        'If the company has been ordered to update its manning certificate after the revision of the STCW Convention, the shipowner must apply to the Norwegian Maritime Authority for an updated certificate.\n\n' +
        'If the application only concerns updated qualification requirements for positions already listed in the manning certificate, do not use the usual form. Send it by e-mail to post@sdir.no instead, or by post to Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND, Norway.\n\n' +
        'The application must include:\n' +
        "• the ship's name, call sign and IMO number\n" +
        '• a copy of the current manning certificate',
    },
  },
  'manning.d6-update': {
    title: {
      nb: 'Oppdatere bemanningssertifikatet med D6',
      nn: 'Oppdatere bemanningssertifikatet med D6',
      en: 'Updating the manning certificate to include D6',
    },
    answer: {
      nb:
        'Vil rederiet få D6 (dekksoffiser klasse 6) inn i bemanningssertifikatet, må rederen søke Sjøfartsdirektoratet om et oppdatert bemanningssertifikat.\n\n' +
        'Send søknaden på e-post til post@sdir.no eller i posten til Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND. Oppgi skipets navn, kallesignal og IMO-nummer.\n\n' +
        'Husk at D6 bare gjelder på skip under 500 BT i fartsområde liten kystfart, og ikke på passasjerskip eller fiskefartøy. Spør meg om D6-rettigheter hvis du vil sjekke en bestemt stilling.',
      nn:
        'Vil reiarlaget ha D6 (dekksoffiser klasse 6) inn i bemanningssertifikatet, må reiaren søkje Sjøfartsdirektoratet om eit oppdatert bemanningssertifikat.\n\n' +
        'Send søknaden på e-post til post@sdir.no eller i posten til Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND. Oppgi namnet, kallesignalet og IMO-nummeret til skipet.\n\n' +
        'Hugs at D6 berre gjeld på skip under 500 BT i fartsområde liten kystfart, og ikkje på passasjerskip eller fiskefartøy. Spør meg om kva D6 gir rett til, dersom du vil sjekke ei bestemd stilling.',
      en:
        'If the company wants D6 (deck officer class 6) in its manning certificate, the shipowner must apply to the Norwegian Maritime Authority for an updated manning certificate.\n\n' +
        "Send the application by e-mail to post@sdir.no or by post to Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND, Norway. Give the ship's name, call sign and IMO number.\n\n" +
        'Remember that D6 only applies on ships under 500 GT in the trading area liten kystfart (limited coastal trade), and not on passenger ships or fishing vessels. Ask me about D6 privileges if you want to check a particular position.',
    },
  },
  'manning.repositioning': {
    title: {
      nb: 'Bemanning under forflytning',
      nn: 'Bemanning når skipet blir flytta',
      en: 'Manning during repositioning',
    },
    answer: {
      nb:
        'Når skipet forflyttes uten last og uten passasjerer, og ikke er under oppdrag, kan rederiet i samråd med skipsføreren avgjøre hvilken bemanning som trengs.\n\n' +
        'Bemanningen må uansett være sikkerhetsmessig forsvarlig (bemanningsforskriften § 13).',
      nn:
        'Når skipet blir flytta utan last og utan passasjerar, og ikkje er på oppdrag, kan reiarlaget i samråd med skipsføraren avgjere kva bemanning som trengst.\n\n' +
        'Bemanninga må i alle høve vere forsvarleg med omsyn til sikkerheita (bemanningsforskrifta § 13).',
      en:
        'When the ship is being relocated without cargo and without passengers, and is not on an assignment, the company can decide together with the master what manning is needed.\n\n' +
        'The manning must in any case be safe and sound (Manning Regulations § 13).',
    },
  },
  'manning.day-schedule': {
    title: {
      nb: 'Hva betyr «dagordning»?',
      nn: 'Kva tyder «dagordning»?',
      en: 'What does "dagordning" (day schedule) mean?',
    },
    answer: {
      nb:
        '«Dagordning» begrenser ikke når på døgnet skipet kan gå. Begrepet betyr at alle som arbeider om bord, har felles normal arbeidstid, og at hviletiden også tas i felles tidsrom.\n\n' +
        'Hviletiden tas mens skipet ligger fast fortøyd til kai. Et skip med dagordning kan derfor ikke drives døgnkontinuerlig.\n\n' +
        'Rundskriv RSV 08-2015 har mer om hvilke arbeidsordninger som kan legges til grunn når man søker om å få fastsatt sikkerhetsbemanning.',
      nn:
        '«Dagordning» avgrensar ikkje når på døgnet skipet kan gå. Omgrepet tyder at alle som arbeider om bord, har felles normal arbeidstid og tek kviletida i felles tidsrom.\n\n' +
        'Kviletida tek dei medan skipet ligg fast fortøydd til kai. Eit skip med dagordning kan difor ikkje drivast samanhengande heile døgnet.\n\n' +
        'Rundskriv RSV 08-2015 har meir om kva arbeidsordningar som kan leggjast til grunn når ein søkjer om å få fastsett sikkerheitsbemanning.',
      en:
        '"Dagordning" (day schedule) does not limit what time of day the ship may operate. It means that everyone working on board has the same normal working hours, and that rest is also taken in common periods.\n\n' +
        'Rest is taken while the ship is moored at the quay. A ship on a day schedule therefore cannot operate around the clock.\n\n' +
        'Circular RSV 08-2015 has more on which working arrangements can be used as a basis when applying to have the safe manning set.',
    },
  },
  'manning.lay-up': {
    title: {
      nb: 'Bemanning i opplag',
      nn: 'Bemanning i opplag',
      en: 'Manning in lay-up',
    },
    answer: {
      nb:
        'Sjøfartsdirektoratet tar ikke stilling til hvor stor bemanning det enkelte skip trenger mens det ligger i varmt eller kaldt opplag. Trygg drift av skipet er rederiets og skipsførerens ansvar.\n\n' +
        'Hvor mange som trengs om bord, avhenger blant annet av opplagsstedet, sikringsnivået, om opplaget er varmt eller kaldt, og lokale krav.\n\n' +
        'Generelle krav til sikkerhet og sikring på skip i opplag står i rundskriv RSV 01-2016, «Retningslinjer for norske skip som er i opplag – årsgebyrfritak for skip i opplag».',
      nn:
        'Sjøfartsdirektoratet tek ikkje stilling til kor stor bemanning kvart enkelt skip treng medan det ligg i varmt eller kaldt opplag. Det er reiarlaget og skipsføraren som har ansvaret for at skipet blir drive trygt.\n\n' +
        'Kor mange som trengst om bord, er mellom anna avhengig av opplagsstaden, sikringsnivået, om opplaget er varmt eller kaldt, og lokale krav.\n\n' +
        'Generelle krav til sikkerheit og sikring på skip i opplag står i rundskriv RSV 01-2016, som handlar om retningsliner for norske skip i opplag og fritak frå årsgebyret for slike skip.',
      en:
        'The Norwegian Maritime Authority does not decide how much crew an individual ship needs while it is in warm or cold lay-up. Safe operation of the ship is the responsibility of the company and the master.\n\n' +
        'How many people are needed on board depends on things like the lay-up location, the security level, whether the lay-up is warm or cold, and local requirements.\n\n' +
        'General safety and security requirements for ships in lay-up are in circular RSV 01-2016, "Guidelines for Norwegian ships in lay-up – exemption from the annual fee for ships in lay-up".',
    },
  },
  'manning.moored': {
    title: {
      nb: 'Bemanning når skipet ligger fortøyd',
      nn: 'Bemanning når skipet ligg fortøydd',
      en: 'Manning while moored at the quay',
    },
    answer: {
      nb:
        'Nei, ikke alle stillingene i bemanningssertifikatet må være om bord når skipet ligger fortøyd til kai. Bemanningen i bemanningssertifikatet er minimum for når skipet forlater havn og går ut på en sjøreise.\n\n' +
        'Når skipet ligger fast fortøyd i havn, bestemmer føreren i samråd med rederiet hvor mange som skal være om bord. Denne bemanningen må kunne holde det vaktholdet som kreves i havn (forskrift om vakthold på passasjer- og lasteskip, del 4).\n\n' +
        'Det er ikke krav om at Sjøfartsdirektoratet skal uttale seg om eller godkjenne bemanningen som fører og rederi blir enige om mens skipet ligger ved land.',
      nn:
        'Nei, ikkje alle stillingane i bemanningssertifikatet må vere om bord når skipet ligg fortøydd ved kai. Bemanninga i bemanningssertifikatet er minimum for når skipet forlèt hamna og går ut på ei sjøreise.\n\n' +
        'Når skipet ligg fast fortøydd i hamn, bestemmer føraren i samråd med reiarlaget kor mange som skal vere om bord. Denne bemanninga må kunne halde det vakthaldet som er kravd i hamn (forskrift om vakthold på passasjer- og lasteskip, del 4).\n\n' +
        'Det er ikkje krav om at Sjøfartsdirektoratet skal uttale seg om eller godkjenne bemanninga som føraren og reiarlaget blir samde om medan skipet ligg ved land.',
      en:
        'No, not every position in the manning certificate has to be filled on board while the ship is moored at the quay. The manning in the manning certificate is the minimum for when the ship leaves port and goes to sea.\n\n' +
        'While the ship is moored in port, the master decides together with the company how many people must be on board. This crew must be able to keep the watch required in port (Regulations on watchkeeping on passenger and cargo ships, part 4).\n\n' +
        'There is no requirement for the Norwegian Maritime Authority to comment on or approve the manning that the master and the company agree on while the ship is alongside.',
    },
  },
  'manning.other-duties': {
    title: {
      nb: 'Andre oppgaver for sikkerhetsbemanningen',
      nn: 'Andre oppgåver for sikkerheitsbemanninga',
      en: 'Other duties for crew in the safe manning',
    },
    answer: {
      nb:
        'Det kan de, så lenge sikkerheten kommer først. De som inngår i sikkerhetsbemanningen, skal først og fremst utføre sikkerhetsrelaterte oppgaver. Når disse er gjort og det er tid til overs, står rederiet fritt til å gi dem andre oppgaver.\n\n' +
        'En i sikkerhetsbemanningen kan for eksempel selge billetter under overfarten, så lenge det ikke går ut over de sikkerhetsrelaterte oppgavene.\n\n' +
        'Rederiet har plikt til hele tiden å vurdere bemanningsbehovet og sørge for at skipet drives innenfor rammene av regelverket.',
      nn:
        'Det kan dei, så lenge sikkerheita kjem først. Dei som er ein del av sikkerheitsbemanninga, skal først og fremst gjere sikkerheitsoppgåver. Når desse er gjorde og det er tid til overs, står reiarlaget fritt til å gi dei andre oppgåver.\n\n' +
        'Ein i sikkerheitsbemanninga kan til dømes selje billettar under overfarten, så lenge det ikkje går ut over sikkerheitsoppgåvene.\n\n' +
        'Reiarlaget har plikt til heile tida å vurdere kor stor bemanning som trengst, og sjå til at skipet blir drive innanfor rammene i regelverket.',
      en:
        'They may, as long as safety comes first. Crew members who are part of the safe manning must carry out safety-related tasks as their first priority. Once those are done and there is time to spare, the company is free to give them other tasks.\n\n' +
        'For example, someone in the safe manning may sell tickets during the crossing, as long as this does not come at the expense of their safety-related tasks.\n\n' +
        'The company has a duty to keep assessing the manning needs and to make sure the ship is operated within the limits of the regulations.',
    },
  },
  'manning.expiry': {
    title: {
      nb: 'Utløper bemanningssertifikatet?',
      nn: 'Har bemanningssertifikatet ein utløpsdato?',
      en: 'Does the manning certificate expire?',
    },
    answer: {
      nb:
        'Et bemanningssertifikat har ingen utløpsdato: det utstedes uten tidsbegrensning, med mindre det er et midlertidig bemanningssertifikat.\n\n' +
        'Unntaket er hvis endringer i nasjonalt eller internasjonalt regelverk gjør det nødvendig å endre et sertifikat som allerede er utstedt.\n\n' +
        'Kildene mine sier ikke hvor lenge et midlertidig bemanningssertifikat gjelder. Spør Sjøfartsdirektoratet på post@sdir.no om det.',
      nn:
        'Eit bemanningssertifikat har ingen utløpsdato: det blir skrive ut utan tidsavgrensing, så sant det ikkje er eit mellombels bemanningssertifikat.\n\n' +
        'Unntaket er dersom endringar i nasjonalt eller internasjonalt regelverk gjer det naudsynt å endre eit sertifikat som alt er skrive ut.\n\n' +
        'Kjeldene mine seier ikkje kor lenge eit mellombels bemanningssertifikat gjeld. Spør Sjøfartsdirektoratet på post@sdir.no om det.',
      en:
        'A manning certificate has no expiry date: it is issued without a time limit, unless it is a temporary manning certificate.\n\n' +
        'The exception is if changes in national or international regulations make it necessary to change a certificate that has already been issued.\n\n' +
        'My sources do not say how long a temporary manning certificate is valid. Ask the Norwegian Maritime Authority at post@sdir.no.',
    },
  },
  'manning.accepted-certificates': {
    title: {
      nb: 'Godtas andre sertifikater enn dem i bemanningssertifikatet?',
      nn: 'Kan ein bruke andre sertifikat enn dei i bemanningssertifikatet?',
      en: 'Are certificates other than those listed accepted?',
    },
    answer: {
      nb:
        'Kravene til fører og styrmenn i bemanningssertifikatet er satt ut fra fartsområdet som står der. Går fartøyet i et lavere fartsområde enn det bemanningssertifikatet viser, kan man tjenestegjøre med en lavere sertifikatklasse, så lenge sertifikatet gir nok rettigheter til stillingen.\n\n' +
        'Alle bemanningssertifikater har dessuten en fotnote: sertifikatkodene er nasjonale koder med STCW-referansen i parentes, og andre sertifikater kan godtas hvis de gir tilstrekkelige rettigheter for stillingen. Sjekk alltid det enkelte sertifikatet for eventuelle begrensninger.',
      nn:
        'Krava til førar og styrmenn i bemanningssertifikatet er sette ut frå fartsområdet som står der. Går fartøyet i eit lågare fartsområde enn det bemanningssertifikatet viser, kan ein tenestegjere med ein lågare sertifikatklasse, så lenge sertifikatet gir nok rettar til stillinga.\n\n' +
        'Alle bemanningssertifikat har dessutan ei fotnote: sertifikatkodane er nasjonale kodar med STCW-referansen i parentes, og andre sertifikat kan godtakast dersom dei gir tilstrekkelege rettar for stillinga. Sjekk alltid kvart enkelt sertifikat for eventuelle avgrensingar.',
      en:
        'The requirements for the master and mates in the manning certificate are set according to the trading area stated in it. If the vessel operates in a lower trading area than the manning certificate states, a lower certificate class can be used, as long as the certificate gives sufficient privileges for the position.\n\n' +
        'Every manning certificate also has a footnote: the certificate codes are national codes with the STCW reference in brackets, and other certificates may be accepted if they give sufficient privileges for the position. Always check the individual certificate for any limitations.',
    },
  },
  'manning.engine-knowledgeable': {
    title: {
      nb: 'Hva betyr «fører skal være maskinkyndig»?',
      nn: 'Kva tyder det at føraren skal vere «maskinkyndig»?',
      en: 'What does "the master shall be engine-knowledgeable" mean?',
    },
    answer: {
      nb:
        'Kvalifikasjonsforskriften sier ikke hva som kreves for å være maskinkyndig. Det er rederiet som skal definere det i sitt sikkerhetsstyringssystem.\n\n' +
        'Vil du vite hva som gjelder på ditt fartøy, må du altså se i rederiets sikkerhetsstyringssystem.',
      nn:
        'Kvalifikasjonsforskrifta seier ikkje kva som skal til for å vere maskinkyndig. Det er reiarlaget som skal definere det i sikkerheitsstyringssystemet sitt.\n\n' +
        'Vil du vite kva som gjeld på fartøyet ditt, må du altså sjå i sikkerheitsstyringssystemet til reiarlaget.',
      en:
        'The Qualification Regulations do not say what is required to be "maskinkyndig" (engine-knowledgeable). The company must define this in its safety management system.\n\n' +
        "So to find out what applies on your vessel, look in the company's safety management system.",
    },
  },
} satisfies Localized<TopicGroup<'manning'>>;
