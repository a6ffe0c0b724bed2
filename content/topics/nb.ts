/**
 * Topic titles and answers in Norwegian bokmål. Every statement comes from the Sdir seed
 * documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`, in our own words.
 * For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import type { TopicTexts } from '../types.js';

/** Titles and answers per topic, in bokmål. */
export const topicsNb = {
  'manning.which-vessels': {
    title: 'Bemanningssertifikat: hvilke fartøy',
    answer:
      'Disse norske fartøyene må ha bemanningssertifikat (bemanningsoppgave) utstedt av Sjøfartsdirektoratet:\n\n' +
      '• passasjerskip, uansett størrelse\n' +
      '• lasteskip med bruttotonnasje (BT) 50 eller mer\n' +
      '• fiskefartøy med lengde (L) 24 meter eller mer, uansett fartsområde\n\n' +
      'Skip som bare brukes til opplæring og undervisning, og skip i los- eller redningstjeneste, omfattes bare så langt Sjøfartsdirektoratet bestemmer det i hvert enkelt tilfelle (bemanningsforskriften § 1).\n\n' +
      'Svar på noen korte spørsmål om fartøyet, så sjekker jeg hva som gjelder.',
  },
  'manning.how-to-apply': {
    title: 'Søke om bemanningssertifikat',
    answer:
      'Inntil Sjøfartsdirektoratet har fått på plass en ny digital løsning, søker rederiet med skjemaene KS-0308, KS-0308-1 og KS-0308-2. Det er søknadsskjemaet og kontrollskjemaene for minste sikkerhetsbemanning, og du finner dem i skjemakatalogen på Sjøfartsdirektoratets nettsider.\n\n' +
      'Fyll ut skjemaene og send dem som vedlegg i en e-post til post@sdir.no.\n\n' +
      'Kildene mine sier ikke noe om behandlingstiden for slike søknader. Lurer du på det, kan du spørre Sjøfartsdirektoratet på post@sdir.no.',
  },
  'manning.stcw-update': {
    title: 'Oppdatere bemanningssertifikatet etter STCW-revisjonen',
    answer:
      'Har rederiet fått pålegg om å oppdatere bemanningssertifikatet etter revisjonen av STCW-konvensjonen, må rederen søke Sjøfartsdirektoratet om et oppdatert sertifikat.\n\n' +
      'Gjelder søknaden bare oppdaterte kvalifikasjonskrav for stillinger som allerede står i bemanningssertifikatet, skal den ikke sendes på det vanlige skjemaet. Send den i stedet på e-post til post@sdir.no, eller i posten til Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND.\n\n' +
      'Søknaden må inneholde:\n' +
      '• skipets navn, kallesignal og IMO-nummer\n' +
      '• en kopi av gjeldende bemanningssertifikat',
  },
  'manning.d6-update': {
    title: 'Oppdatere bemanningssertifikatet med D6',
    answer:
      'Vil rederiet få D6 (dekksoffiser klasse 6) inn i bemanningssertifikatet, må rederen søke Sjøfartsdirektoratet om et oppdatert bemanningssertifikat.\n\n' +
      'Send søknaden på e-post til post@sdir.no eller i posten til Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND. Oppgi skipets navn, kallesignal og IMO-nummer.\n\n' +
      'Husk at D6 bare gjelder på skip under 500 BT i fartsområde liten kystfart, og ikke på passasjerskip eller fiskefartøy. Spør meg om D6-rettigheter hvis du vil sjekke en bestemt stilling.',
  },
  'manning.repositioning': {
    title: 'Bemanning under forflytning',
    answer:
      'Når skipet forflyttes uten last og uten passasjerer, og ikke er under oppdrag, kan rederiet i samråd med skipsføreren avgjøre hvilken bemanning som trengs.\n\n' +
      'Bemanningen må uansett være sikkerhetsmessig forsvarlig (bemanningsforskriften § 13).',
  },
  'manning.day-schedule': {
    title: 'Hva betyr «dagordning»?',
    answer:
      '«Dagordning» begrenser ikke når på døgnet skipet kan gå. Begrepet betyr at alle som arbeider om bord, har felles normal arbeidstid, og at hviletiden også tas i felles tidsrom.\n\n' +
      'Hviletiden tas mens skipet ligger fast fortøyd til kai. Et skip med dagordning kan derfor ikke drives døgnkontinuerlig.\n\n' +
      'Rundskriv RSV 08-2015 har mer om hvilke arbeidsordninger som kan legges til grunn når man søker om å få fastsatt sikkerhetsbemanning.',
  },
  'manning.lay-up': {
    title: 'Bemanning i opplag',
    answer:
      'Sjøfartsdirektoratet tar ikke stilling til hvor stor bemanning det enkelte skip trenger mens det ligger i varmt eller kaldt opplag. Trygg drift av skipet er rederiets og skipsførerens ansvar.\n\n' +
      'Hvor mange som trengs om bord, avhenger blant annet av opplagsstedet, sikringsnivået, om opplaget er varmt eller kaldt, og lokale krav.\n\n' +
      'Generelle krav til sikkerhet og sikring på skip i opplag står i rundskriv RSV 01-2016, «Retningslinjer for norske skip som er i opplag – årsgebyrfritak for skip i opplag».',
  },
  'manning.moored': {
    title: 'Bemanning når skipet ligger fortøyd',
    answer:
      'Nei. Bemanningen i bemanningssertifikatet er minimum for når skipet forlater havn og går ut på en sjøreise.\n\n' +
      'Når skipet ligger fast fortøyd i havn, bestemmer føreren i samråd med rederiet hvor mange som skal være om bord. Denne bemanningen må kunne holde det vaktholdet som kreves i havn (forskrift om vakthold på passasjer- og lasteskip, del 4).\n\n' +
      'Sjøfartsdirektoratet skal ikke uttale seg om eller godkjenne bemanningen som fører og rederi blir enige om mens skipet ligger ved land.',
  },
  'manning.other-duties': {
    title: 'Andre oppgaver for sikkerhetsbemanningen',
    answer:
      'Ja, så lenge sikkerheten kommer først. De som inngår i sikkerhetsbemanningen, skal først og fremst utføre sikkerhetsrelaterte oppgaver. Når disse er gjort og det er tid til overs, står rederiet fritt til å gi dem andre oppgaver.\n\n' +
      'En i sikkerhetsbemanningen kan for eksempel selge billetter under overfarten, så lenge det ikke går ut over de sikkerhetsrelaterte oppgavene.\n\n' +
      'Rederiet har plikt til hele tiden å vurdere bemanningsbehovet og sørge for at skipet drives innenfor rammene av regelverket.',
  },
  'manning.expiry': {
    title: 'Utløper bemanningssertifikatet?',
    answer:
      'Nei. Et bemanningssertifikat utstedes uten tidsbegrensning, med mindre det er et midlertidig bemanningssertifikat.\n\n' +
      'Unntaket er hvis endringer i nasjonalt eller internasjonalt regelverk gjør det nødvendig å endre et sertifikat som allerede er utstedt.\n\n' +
      'Kildene mine sier ikke hvor lenge et midlertidig bemanningssertifikat gjelder. Spør Sjøfartsdirektoratet på post@sdir.no om det.',
  },
  'manning.accepted-certificates': {
    title: 'Godtas andre sertifikater enn dem i bemanningssertifikatet?',
    answer:
      'Ikke bare dem. Kravene til fører og styrmenn i bemanningssertifikatet er satt ut fra fartsområdet som står der. Går fartøyet i et lavere fartsområde enn det bemanningssertifikatet viser, kan man tjenestegjøre med en lavere sertifikatklasse, så lenge sertifikatet gir nok rettigheter til stillingen.\n\n' +
      'Alle bemanningssertifikater har dessuten en fotnote: sertifikatkodene er nasjonale koder med STCW-referansen i parentes, og andre sertifikater kan godtas hvis de gir tilstrekkelige rettigheter for stillingen. Sjekk alltid det enkelte sertifikatet for eventuelle begrensninger.',
  },
  'manning.engine-knowledgeable': {
    title: 'Hva betyr «fører skal være maskinkyndig»?',
    answer:
      'Kvalifikasjonsforskriften sier ikke hva som kreves for å være maskinkyndig. Det er rederiet som skal definere det i sitt sikkerhetsstyringssystem.\n\n' +
      'Vil du vite hva som gjelder på ditt fartøy, må du altså se i rederiets sikkerhetsstyringssystem.',
  },
  'cook.required': {
    title: 'Når kreves skipskokk?',
    answer:
      'Det kreves skipskokk på fartøy der sikkerhetsbemanningen er 10 personer eller flere.\n\n' +
      'Oppgi hvor mange personer sikkerhetsbemanningen består av, så sier jeg om fartøyet må ha skipskokk.',
  },
  'cook.qualification': {
    title: 'Krav til skipskokk',
    answer:
      'Kravene til skipskokk står i kvalifikasjonsforskriften § 52:\n\n' +
      '• Skipskokken må ha fylt 18 år og ha utdanning og opplæring som er relevant for stillingen.\n' +
      '• Relevant utdanning er restaurant- og matfag etter Utdanningsdirektoratets tilbudsstruktur, eller tilsvarende utdanning godkjent av myndighetene i et annet land, med bestått praktisk prøve.\n' +
      '• Er sikkerhetsbemanningen under 10 personer, kan rederiet bruke en kokk uten slik utdanning hvis rederiet dokumenterer en utsjekk av kokkeferdighetene. Utsjekken må minst dekke matlaging, ernæringskunnskap og mathygiene, også behandling og lagring av mat. Har skipet ingen sikkerhetsbemanning, gjelder det samme når bemanningen er under 10 personer.\n\n' +
      'Svar på noen spørsmål, så sjekker jeg om kokken oppfyller kravene.',
  },
  'd6.privileges': {
    title: 'D6: hva sertifikatet gir rett til',
    answer:
      'D6 (dekksoffiser klasse 6) gir rett til å tjenestegjøre på skip under 500 BT i fartsområde liten kystfart, men ikke på passasjerskip eller fiskefartøy:\n\n' +
      '• som ansvarshavende vaktoffiser eller overstyrmann på skip med lengde (L) under 24 meter\n' +
      '• som skipsfører på skip med største lengde under 15 meter\n\n' +
      'Har du fylt 20 år og har minst 12 måneders fartstid som ansvarshavende vaktoffiser på skip med største lengde 8 meter eller mer, kan du også være skipsfører på skip med lengde (L) under 24 meter i liten kystfart (kvalifikasjonsforskriften § 23).\n\n' +
      'D6-sertifikatet er bare gyldig når du har gyldig helseerklæring. Svar på noen spørsmål, så sjekker jeg om D6 holder for stillingen.',
  },
  'ratings.lettmatros': {
    title: 'Krav til lettmatros',
    answer:
      'Lettmatros må ha seks måneders tjenestetid på dekk (kvalifikasjonsforskriften § 78).\n\n' +
      'Praktisk opplæring, yrkespraksis i mekaniske fag eller maritime fag, eller relevant tjeneste på flyttbare innretninger kan regnes som tjenestetid.\n\n' +
      'Oppgi tjenestetiden din, så sjekker jeg om du oppfyller kravet.',
  },
  'ratings.smorer': {
    title: 'Krav til smører',
    answer:
      'Smører må ha minst seks måneders tjenestetid i maskin (kvalifikasjonsforskriften § 77).\n\n' +
      'Praktisk opplæring, yrkespraksis i mekaniske fag eller maritime fag, eller relevant tjeneste på flyttbare innretninger kan regnes som tjenestetid.\n\n' +
      'Oppgi tjenestetiden din, så sjekker jeg om du oppfyller kravet.',
  },
  'ratings.maskinpasser': {
    title: 'Krav til maskinpasser og motormann',
    answer:
      'Maskinpasser må ha minst seks måneders tjenestetid i maskin og i tillegg 30 måneders tjenestetid slik den er beskrevet i § 77 om smører (kvalifikasjonsforskriften § 80).\n\n' +
      'Det samme kravet gjelder for motormann som ikke skal ha ferdighetssertifikat som motormann, og som ikke har fagbrev.\n\n' +
      'Oppgi tjenestetiden din, så sjekker jeg om du oppfyller kravet.',
  },
  'ratings.maskinpasser-lettmatros': {
    title: 'Krav til maskinpasser-lettmatros',
    answer:
      'En maskinpasser-lettmatros må oppfylle kravene både til maskinpasser og til lettmatros:\n\n' +
      '• maskinpasser (kvalifikasjonsforskriften § 80): minst seks måneders tjenestetid i maskin og 30 måneders tjenestetid slik den er beskrevet i § 77\n' +
      '• lettmatros (§ 78): seks måneders tjenestetid på dekk\n\n' +
      'Oppgi tjenestetiden din på dekk og i maskin, så sjekker jeg om du oppfyller begge kravene.',
  },
  'ratings.matros': {
    title: 'Krav til matros',
    answer:
      'Skal du være matros på et sjøgående skip på 500 BT eller mer, må du ha ferdighetssertifikat matros (kvalifikasjonsforskriften § 34).\n\n' +
      'Har fartøyet fartsområde 2 eller lavere, eller er det under 500 BT, står det ikke noe sertifikatkrav for matros i bemanningssertifikatet. For matros uten krav om ferdighetssertifikat gjelder § 79:\n' +
      '• Uten fagbrev: minst ett års tjenestetid som lettmatros og to års tjenestetid som nevnt i § 78. Tjeneste i en stilling med dekkstjeneste, eller relevant tjeneste på flyttbar innretning, kan erstatte tiden som lettmatros.\n' +
      '• Med fagbrev som matros: ett års tjenestetid på dekk.\n\n' +
      'Svar på noen spørsmål, så sjekker jeg hva som gjelder for deg.',
  },
  'seatime.how-to-document': {
    title: 'Dokumentere fartstid',
    answer:
      'Du kan dokumentere fartstid på én av tre måter:\n\n' +
      '• rederiet rapporterer fartstiden din elektronisk\n' +
      '• en fartstidsbekreftelse (fartstidsattest) fra rederiet\n' +
      '• en kopi av sjøfartsboken din\n\n' +
      'Sjøfartsboken må være riktig utfylt, også med datoen da du gikk av (fratredelsesdato). Mangler den, trenger Sjøfartsdirektoratet en fartstidsbekreftelse fra rederiet i stedet.\n\n' +
      'Bare elektronisk rapportert fartstid gir mulighet for automatisk saksbehandling.',
  },
  'seatime.who-can-confirm': {
    title: 'Hvem kan bekrefte fartstid?',
    answer:
      'En fartstidsbekreftelse kan skrives av en av disse, så lenge de har tilknytning til fartøyet:\n\n' +
      '• en representant fra rederikontoret\n' +
      '• kapteinen om bord\n' +
      '• eier eller medeier\n' +
      '• regnskapsfører eller revisor\n\n' +
      'Du kan aldri bekrefte din egen fartstid, uansett hvilken av disse rollene du har. Det gjelder også om du eier båten eller leder bedriften: fartstiden må bekreftes av arbeidsgiveren.',
  },
  'seatime.confirmation': {
    title: 'Innhold i en fartstidsbekreftelse',
    answer:
      'En fartstidsbekreftelse (fartstidsattest) må ha med:\n\n' +
      '• sjøfarerens navn og fødselsdato\n' +
      '• stillingen om bord\n' +
      '• antall dager fartstid og perioden de ble opptjent i\n' +
      '• hvor mange timer per dag det ble arbeidet om bord (1–14), eller totalt antall timer i perioden\n' +
      '• fartøyets navn, kallesignal og største lengde\n' +
      '• navn og signatur til den som bekrefter for arbeidsgiveren\n\n' +
      'Søker du ferdighetssertifikat matros eller et høyere dekksoffisersertifikat, må også fartøyets bruttotonnasje og sertifiserte fartsområde stå der. For flyttbar innretning må det stå om den har egen fremdrift, og for tankskip- eller IGF-sertifikat om det var gass-, olje- eller kjemikalietankskip.\n\n' +
      'Jeg kan hjelpe deg å sette opp eller sjekke en bekreftelse.',
  },
  'seatime.calculate': {
    title: 'Regne ut fartstid',
    answer:
      'Fartstid regnes time for time: fartstidsdager = timer arbeidet om bord ÷ 1867 × 365. Tallet 1867 er timene i et normalt arbeidsår med 8-timersdager, så én fartstidsdag tilsvarer omtrent 5,1 timer. Overtid gir ikke noe tillegg.\n\n' +
      'Eksempel: 12 timer om bord per dag gir omtrent 2,35 fartstidsdager per kalenderdag. Høyst 14 timer per døgn kan regnes med, og 1 måned regnes som 30 dager.\n\n' +
      'Denne beregningen brukes i alle avgjørelser om personlige sertifikater fra 1. juli 2016, uansett når fartstiden ble opptjent.\n\n' +
      'Oppgi antall timer, eller dager og timer per dag, så regner jeg ut fartstiden.',
  },
  'seatime.what-counts': {
    title: 'Hva teller som fartstid?',
    answer:
      'Bare arbeidstid om bord på fartøyet teller som fartstid. Det er tid knyttet til båten, som seiling, fortøyning, drift og vedlikehold. Fartstiden regnes i timer om bord, og høyst 14 timer per døgn kan telle.\n\n' +
      'Tid mens fartøyet ligger fortøyd og du arbeider på land eller på et oppdrettsanlegg, teller ikke som fartstid.',
  },
  'seatime.positions': {
    title: 'Hvilken stilling fartstiden registreres på',
    answer:
      'Fartstid registreres på stillingen du faktisk har om bord, for eksempel skipsfører, navigatør eller lettmatros. Den trenger ikke være den samme som stillingen du er ansatt i.\n\n' +
      '• Bare én person kan være registrert som skipsfører om gangen. Skipsføreren (kapteinen) har øverste myndighet om bord, og det skal alltid være klart hvem det er så lenge båten er i drift.\n' +
      '• Ansatte med D6 som ikke er skipsfører, kan registreres som navigatør.\n' +
      '• Andre som opptjener fartstid til D6, kan blant annet registreres som lettmatros.\n\n' +
      'Røkter og akvatekniker er ikke relevante stillinger for D6, og fartstid kan ikke registreres på dem i Sjøfartsdirektoratets system.',
  },
  'seatime.employer-reporting': {
    title: 'Arbeidsgiverens rapportering av fartstid',
    answer:
      'Bare arbeidsgiveren kan rapportere fartstid elektronisk, via «Min side kvalifikasjoner» (Altinn, rollen «samferdsel») eller via API. Verken Sjøfartsdirektoratet eller du som søker kan registrere den.\n\n' +
      '• Arbeidsgiveren bestemmer hvor ofte fartstiden rapporteres. Avtal gjerne at den er oppdatert før du søker, så går behandlingen raskere.\n' +
      '• Noen arbeidsgivere rapporterer bare den fartstiden som trengs for sertifikatet, så ikke alt du har seilt er nødvendigvis registrert.\n' +
      '• Rapportert fartstid vises når du logger inn på «Min side sjøfolk».\n' +
      '• Er noe feil, må du si fra til arbeidsgiveren, som må kontakte Sjøfartsdirektoratet for å få det rettet.',
  },
  'seatime.electronic-vs-manual': {
    title: 'Elektronisk rapportering eller manuell fartstidsattest',
    answer:
      'Rederiet velger selv om fartstiden skal rapporteres elektronisk eller bekreftes i en manuell fartstidsattest. For deg som søker er forskjellen stor:\n\n' +
      '• Elektronisk rapportert fartstid gir mulighet for automatisk saksbehandling, og den vises på «Min side sjøfolk».\n' +
      '• Med manuell attest kan behandlingstiden bli opptil en måned. Du må laste opp attesten som vedlegg og trenger en ny attest hver gang du søker. Opplysningene blir som regel heller ikke synlige på «Min side sjøfolk», selv om attesten godkjennes.\n\n' +
      'Søknader med manuelt opplastet dokumentasjon går alltid til manuell behandling.',
  },
  'seatime.mobile-units': {
    title: 'Fartstid på flyttbar innretning',
    answer:
      'Fartstid på flyttbar innretning brukes ulikt etter om innretningen har egen fremdrift:\n\n' +
      '• Med egen fremdrift: kan brukes til å fornye sertifikatet og til å søke et høyere sertifikat.\n' +
      '• Uten egen fremdrift: kan brukes til å opprettholde sertifikatklassen du allerede har.\n\n' +
      'Disse stillingene godkjennes:\n' +
      '• kontrollromsoperatør (control room operator), tilsvarer ansvarshavende vaktoffiser\n' +
      '• stabilitetssjef (stability section leader), tilsvarer overstyrmann\n' +
      '• plattformsjef (platform manager), tilsvarer kaptein\n\n' +
      'Fartstidsbekreftelsen må si om innretningen har egen fremdrift.',
  },
  'deck.first-issue': {
    title: 'Fartstidskrav for første D5, D4 eller D3',
    answer:
      'For første gangs D5, D4 eller D3 finnes tre alternative fartstidskrav:\n\n' +
      '• 36 måneder (1080 dager) på sjøgående skip med største lengde 15 meter eller mer. Seks av månedene må være med brovakttjeneste, og minst 30 dager må være opptjent etter vitnemålet. I tillegg trengs bedømmelse fra godkjent assessor. Søker du D5, er dette eneste alternativ, fordi det ikke finnes godkjent systematisk opplæring for D5.\n' +
      '• 12 måneder (360 dager) i et godkjent opplæringsprogram om bord på sjøgående skip med største lengde 15 meter eller mer, dokumentert i webcadet eller ISF-kadettbok.\n' +
      '• 6 måneder (180 dager) i et slikt opplæringsprogram, pluss fagbrev som matros eller fisker.\n\n' +
      'Svar på noen spørsmål, så sjekker jeg om du oppfyller ett av alternativene.',
  },
  'deck.master-rights': {
    title: 'Førerrettigheter i D5, D4 og D3',
    answer:
      'Første gang D5, D4 eller D3 utstedes, er sertifikatet uten førerrettigheter.\n\n' +
      'For å få førerrettigheter søker du om fornyelse av sertifikatet på grunnlag av minst 12 måneders fartstid i sertifikatpliktig stilling, opptjent etter at sertifikatet ble utstedt første gang. Du må også ha fylt 20 år.\n\n' +
      'Svar på noen spørsmål, så sjekker jeg om du kan få førerrettigheter.',
  },
  'deck.cadet': {
    title: 'Når kan en kadett søke sertifikat?',
    answer:
      'Som kadett kan du søke om dekksoffisersertifikat når minst 4 måneder (120 dager) av fartstiden med systematisk opplæring er opptjent etter at det endelige vitnemålet for sertifikatet du søker, er utstedt.\n\n' +
      'Du kan ikke begynne den systematiske opplæringen før du har minst vitnemål til D5. Opplæringen dokumenteres i godkjent elektronisk kadettbok (webcadet) eller i ISF-kadettbok. Spørsmål om webcadet går til maritimt opplæringskontor.\n\n' +
      'Svar på noen spørsmål, så sjekker jeg om fartstiden din holder.',
  },
  'deck.foreign-cadet': {
    title: 'Kadettplass i utenlandsk rederi eller under fremmed flagg',
    answer:
      'Ja, Sjøfartsdirektoratet godkjenner kadettplass i et utenlandsk rederi eller på et skip som ikke fører norsk flagg, hvis ett av disse kravene er oppfylt:\n\n' +
      '• Assessoren har norsk sertifikat og kvalifikasjonsbevis som assessor utstedt av Sjøfartsdirektoratet. Statsborgerskap spiller ingen rolle.\n' +
      '• Kompetansen til kapteinen eller den som har ansvaret for opplæringen, dokumenteres med kopi av nasjonalt sertifikat og eventuell påtegning, og bedømmelsen gjennomføres på et fartøy med norsk godkjent assessor.\n\n' +
      'Bruker du ISF-kadettbok, må assessoren signere alle oppgavene i «section 7».',
  },
  'health.certificate': {
    title: 'Helseerklæring for sjøfolk',
    answer:
      'En helseerklæring for sjøfolk gjelder i inntil 2 år, eller inntil 1 år hvis du er under 18 år. Legen kan sette kortere gyldighet, eller begrense den til et fartsområde, en periode eller en stilling. Den gamle regelen om 1 år for enkelte aldersgrupper på fiskefartøy ble opphevet i 2014.\n\n' +
      'D6-sertifikatet er ikke gyldig uten gyldig helseerklæring. Begrensninger i helseerklæringen står ikke på D6-sertifikatet, men du må følge dem likevel. Helseerklæringen utstedes av en godkjent sjømannslege.\n\n' +
      'Oppgi når helseerklæringen ble utstedt, så sjekker jeg hvor lenge den gjelder.',
  },
  'aps.processing': {
    title: 'Automatisk eller manuell behandling av søknaden',
    answer:
      'En sertifikatsøknad kan utstedes automatisk, eller bli tatt ut til stikkprøvekontroll, når kravene er rapportert elektronisk av riktig kilde:\n\n' +
      '• fartstid og tilleggskompetanse: rederiet\n' +
      '• kurs: kurssenteret\n' +
      '• bedømmelse: assessor\n' +
      '• utdanning: via API eller «Min side kvalifikasjoner»\n' +
      '• helseerklæring: sjømannslegen\n\n' +
      'Søknader med manuelt opplastet dokumentasjon går alltid til manuell behandling. Bilde og signatur legger du selv ved søknaden.\n\n' +
      'Fortell meg hvilke dokumenter du lastet opp som vedlegg, så forklarer jeg hvordan søknaden blir behandlet.',
  },
  'aps.processing-time': {
    title: 'Saksbehandlingstid',
    answer:
      'Kildene mine gir ingen fast saksbehandlingstid for sertifikatsøknader. Dette vet jeg:\n\n' +
      '• Er alt rapportert elektronisk, kan søknaden behandles automatisk. Det første automatisk utstedte sertifikatet, i september 2023, tok 47 sekunder.\n' +
      '• Bekreftes fartstiden i en manuell fartstidsattest, kan behandlingstiden bli opptil en måned.\n' +
      '• Har arbeidsgiveren rapportert oppdatert fartstid før du søker, går det raskere, og du slipper brev om at fartstid mangler.\n\n' +
      'Lurer du på behandlingstiden for din søknad, kan du kontakte Sjøfartsdirektoratet på post@sdir.no.',
  },
  'aps.digital-certificates': {
    title: 'Digitale sertifikater og appen',
    answer:
      'Digitale sertifikater godtas om bord på norske fartøy i norsk farvann. Sjøfartsdirektoratet har også utviklet en egen app for å vise sertifikatet.\n\n' +
      'For at digitale sertifikater skal få full virkning internasjonalt, må IMO endre regelverket. Kildene mine sier ikke hva som gjelder om bord utenfor norsk farvann, og heller ikke hvor appen kan lastes ned. Spør Sjøfartsdirektoratet på post@sdir.no om dette.',
  },
  'isps.process': {
    title: 'ISPS-sertifisering (ISSC)',
    answer:
      'For skip som ikke har norsk ISSC, går sertifiseringen slik:\n\n' +
      '• Rederiet lager en sårbarhetsvurdering (SSA) og en sikkerhetsplan (SSP) etter SOLAS, ISPS-koden, forordning (EF) nr. 725/2004 og forskrift om sikring av skip og havneanlegg.\n' +
      '• Selskapets sikkerhetsansvarlige (CSO) ber om verifikasjon via Altinn, senest tre måneder før ønsket dato.\n' +
      '• Sjøfartsdirektoratet utpeker en ISPS-inspektør, som kontakter CSO og sender varsel om verifikasjonen.\n' +
      '• CSO sender SSA og SSP til inspektøren for godkjenning. Dokumentene behandles fortrolig.\n' +
      '• Inspektøren verifiserer om bord. Er kravene oppfylt, utstedes et midlertidig ISSC (I-ISSC).\n\n' +
      'Når SSP er godkjent, ber CSO om førstegangsverifikasjon via Altinn. Er alt i orden, utstedes et fullt ISSC som gjelder i inntil 5 år.',
  },
  'isps.interim': {
    title: 'Midlertidig ISSC (I-ISSC)',
    answer:
      'Et midlertidig ISSC (I-ISSC) gjelder i høyst 6 måneder og kan ikke forlenges.\n\n' +
      'Sammen med I-ISSC skal skipet ha et originalt brev fra Sjøfartsdirektoratet som bekrefter at sårbarhetsvurderingen (SSA) og sikkerhetsplanen (SSP) er mottatt til gjennomgang og godkjenning. Brevet skal være om bord sammen med sertifikatet.\n\n' +
      'Oppgi utstedelsesdatoen, så regner jeg ut siste mulige utløpsdato.',
  },
  'isps.verification-dates': {
    title: 'ISSC: mellomliggende verifikasjon og fornyelse',
    answer:
      'Et fullt ISSC gjelder i inntil 5 år.\n\n' +
      '• Mellomliggende verifikasjon skal gjøres mellom andre og tredje årsdag for sertifikatets gyldighetsdato. Den bestilles via Altinn.\n' +
      '• Fornyelsesverifikasjonen må gjøres før sertifikatet utløper. Gjøres den inntil 3 måneder før utløpet, blir ny utløpsdato den gamle utløpsdatoen pluss fem år. Gjøres den mer enn 3 måneder før, blir ny utløpsdato verifikasjonsdatoen pluss fem år.\n\n' +
      'Sjøfartsdirektoratet kan også kreve tilleggsverifikasjoner ved behov.\n\n' +
      'Oppgi datoene, så regner jeg ut tidsrommet eller den nye utløpsdatoen.',
  },
  'isps.invalid': {
    title: 'Når ISSC må leveres tilbake',
    answer:
      'ISSC skal leveres tilbake til Sjøfartsdirektoratet når:\n\n' +
      '• verifikasjonene ikke er gjennomført slik ISPS-koden A19.1.1 krever, eller sertifikatet ikke er påtegnet etter A19.1.1.3 og/eller 19.3.7.1\n' +
      '• et annet selskap overtar driften av skipet\n' +
      '• skipet skifter flagg',
  },
  'isps.electronic-plan': {
    title: 'Elektronisk sikkerhetsplan (SSP)',
    answer:
      'Ja, Sjøfartsdirektoratet godtar elektronisk sikkerhetsplan. Om bord må det likevel finnes det originale godkjennelsesbrevet med eventuelle vedlegg, stemplet og signert, sammen med sertifikatet og den elektroniske planen.\n\n' +
      'Når sikkerhetsplanen er godkjent, får rederiet stemplet og signert forside og innholdsfortegnelse, og et originalt godkjennelsesbrev som viser datoen for den første godkjenningen. Brevet skal følge sertifikatet så lenge det er gyldig under norsk flagg.',
  },
  contact: {
    title: 'Kontakt Sjøfartsdirektoratet',
    answer:
      'Slik når du Sjøfartsdirektoratet:\n\n' +
      '• generelle spørsmål: e-post til post@sdir.no\n' +
      '• spørsmål om API-et for innrapportering: apiinfo@sdir.no\n' +
      '• brev: Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND\n\n' +
      'Vil du ha svar fra en person hos Sjøfartsdirektoratet, er e-post til post@sdir.no riktig vei. Jeg har ikke noe telefonnummer i kildene mine.',
  },
  fallback: {
    title: 'Utenfor det jeg kan svare på',
    answer:
      'Beklager, det kan jeg ikke svare sikkert på. Spørsmålet ligger utenfor det jeg har pålitelige kilder om, og jeg vil ikke gjette.\n\n' +
      'Sjøfartsdirektoratet kan hjelpe deg: send en e-post til post@sdir.no.\n\n' +
      'Du kan også spørre meg om bemanningssertifikat, fartstid, sertifikater for sjøfolk, helseerklæring eller ISPS-sertifisering.',
  },
} satisfies TopicTexts;
