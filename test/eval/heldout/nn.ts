/**
 * Held-out questions in nynorsk, written as nynorsk users type them (kva, korleis, ikkje, eg, treng,
 * fartstida, sjømannslege; FAQ forms, fragments, typos, no æøå, e-mail, facts first). Never train on these.
 */
import { type HeldOutCase, type QuestionsByTopic, toCases } from './types.js';

const BY_TOPIC: QuestionsByTopic = {
  'manning.which-vessels': [
    'Kva fartøy må ha bemanningssertifikat frå Sjøfartsdirektoratet?',
    'Treng ein lastebåt på 45 BT bemanningssertifikat?',
    'Hei! Vi har ein brønnbåt på 60 BT som skal setjast i drift i haust. Må han ha bemanningssertifikat? Helsing Arne',
    'eg har ein sjark på 11 meter, treng eg bemanningssertifikat?',
    'gjeld kravet om bemanningssertifikat for sma passasjerbatar ogsa, eller berre store skip?',
  ],
  'manning.how-to-apply': [
    'Korleis søkjer reiarlaget om bemanningssertifikat?',
    'kva skjema skal vi bruke når vi søkjer om minste sikkerheitsbemanning',
    'God dag.\nReiarlaget vårt i Ålesund har fått levert eit nybygg, og vi må søkje om minste sikkerheitsbemanning før ho kan gå i trafikk. Finst det ei digital løysing for dette, eller korleis gjer vi det?\nVennleg helsing\nSiri Vik',
    'kvar sender eg KS-0308 når det er ferdig utfylt?',
    'korleis soekjer vi om bemanningssertifikat',
  ],
  'manning.stcw-update': [
    'Reiarlaget vårt har fått pålegg om å oppdatere bemanningssertifikatet etter revideringa av STCW-konvensjonen. Korleis går vi fram?',
    'fekk brev om at bemanningssertifikatet ma oppdaterast etter stcw, kva ma vi sende inn?',
    'Må vi bruke KS-0308 når vi berre skal oppdatere kvalifikasjonskrava i bemanningssertifikatet etter STCW-revisjonen?',
    'Kva må vere med når vi sender inn oppdatering av bemanningssertifikatet på grunn av STCW-revisjonen?',
  ],
  'manning.d6-update': [
    'Korleis får vi oppdatert bemanningssertifikatet slik at D6 kjem med?',
    'kva skal søknaden innehalde når vi vil ha D6 inn i bemanningssertifikatet?',
    'Hei. Vi ønskjer å endre bemanningssertifikatet på arbeidsbåten vår slik at førar kan ha D6. Kvar sender vi søknaden, og kva må vere med?\n\nHelsing Sogn Sjøtransport AS',
    'oppdatere bemanningsoppgåva med d6 korleis',
  ],
  'manning.repositioning': [
    'Må vi ha full sikkerheitsbemanning når båten berre skal flyttast til verkstad utan last?',
    'forflytting utan passasjerar, kven avgjer kor mange som skal vere om bord?',
    'Ferja skal gå tom frå Florø til Stord for å liggje på verkstad i tre veker. Gjeld bemanningssertifikatet fullt ut på den turen?',
    'skal flytte ein slepebåt utan oppdrag frå Bodø til Mo, kan reiar og skipper sjølv avgjere bemanninga då?',
  ],
  'manning.day-schedule': [
    'Kva tyder dagordning?',
    'Bemanningssertifikatet vårt seier at skipet har dagordning. Betyr det at vi ikkje kan gå om kvelden?',
    'me har dagordning i bemanningsoppgåva – når må kviletida takast ut?',
  ],
  'manning.lay-up': [
    'Kor mange må vere om bord når skipet ligg i kaldt opplag?',
    'kaldt opplag minimumsbemanning kven bestemmer',
    'Passasjerskipet vårt skal i varmt opplag i Stavanger frå november. Kor mange av mannskapet må vere om bord medan ho ligg der?',
  ],
  'manning.moored': [
    'Må alle stillingane på bemanningssertifikatet vere om bord når vi ligg fortøydd til kai?',
    'treng vi full bemanning når vi ligg fortøydd i hamn?',
    'Er det krav om at alle på bemanningsoppgåva er om bord når skipet ligg ved kai i Måløy over natta?',
  ],
  'manning.other-duties': [
    'Kan dei som er med i sikkerheitsbemanninga selje billettar på ferja under overfarten?',
    'Vi driv eit lite ferjesamband i Hardanger og vil at dekksmannskapet òg tek kiosken. Er det lov når dei står på bemanningsoppgåva?',
    'Kan matrosen i sikkerheitsbemanninga hjelpe til i kafeteriaen når det ikkje er noko sikkerheitsarbeid å gjere?',
  ],
  'manning.expiry': [
    'Har bemanningssertifikatet ein utløpsdato?',
    'går bemanningssertifikatet ut?',
    'Vi fekk bemanningssertifikatet i 2013 og har aldri fornya det. Er det framleis gyldig?',
    'Kor lenge er ei bemanningsoppgåve gyldig?',
    'har bemanningssertifikatet ein utlopsdato',
  ],
  'manning.accepted-certificates': [
    'Er det berre sertifikata som står på bemanningssertifikatet som kan godtakast?',
    'Bemanningssertifikatet er skrive ut for stor kystfart, men no går vi berre innanfor liten kystfart. Kan styrmannen ha eit lågare sertifikat då?',
    'kva betyr fotnoten om at andre sertifikat kan aksepterast?',
  ],
  'manning.engine-knowledgeable': [
    'Kva inneber det at føraren skal vere maskinkyndig?',
    'fører skal være maskinkyndig – kva krav er det eigentleg?',
    'Kven bestemmer kva som skal til for å vere maskinkyndig?',
    'maskinkyndig førar, kva må skipperen kunne?',
  ],
  'cook.required': [
    'Når er det krav om skipskokk i bemanninga?',
    'kokk 10 mann, treng vi?',
    'Lasteskipet vårt er norskflagga, 300 BT, og det er 11 personar i sikkerheitsbemanninga. Må vi ha skipskokk?',
    'treng vi kokk om bord nar vi er 9 i sikkerheitsbemanninga',
    'Hei, vi har ei ferje med 14 personar i sikkerheitsbemanninga. Er det krav om skipskokk hos oss? Helsing Tor',
  ],
  'cook.qualification': [
    'Kva krav er det til ein skipskokk?',
    'Kan ein 17-åring jobbe som skipskokk?',
    'Vi er berre sju om bord, og ein av matrosane lagar maten. Han har ikkje kokkeutdanning. Kva må reiarlaget dokumentere?',
    'kokkeutdanning frå Polen, kan ho godkjennast for skipskokk?',
    'kva krav er det til skipskok?',
  ],
  'd6.privileges': [
    'Kva får eg føre med D6-sertifikat?',
    'kan eg vere skipper på ein 20 meters båt med d6?',
    'Eg er 22 år, har D6 og har gått 14 månader som vaktoffiser på ein arbeidsbåt på 12 meter. Kan eg no vere skipsførar på ein båt med L under 24 meter?',
    'gjeld D6 på fiskefartøy?',
    'kva kan eg vere skipper pa med d6, kor store batar?',
  ],
  'ratings.lettmatros': [
    'Kva krav er det for å jobbe som lettmatros?',
    'kva krav er det til lettmatros, kor mange månader på dekk?',
    'Dottera mi har gått maritime fag på vidaregåande. Tel praksisen frå skulen som tenestetid når ho skal byrje som lettmatros?',
  ],
  'ratings.smorer': [
    'Kva krevst for å bli smørar?',
    'kor mange månader i maskin må ein smørar ha?',
    'Eg har fagbrev som industrimekanikar. Kan det reknast med når eg skal byrje som smørar?',
  ],
  'ratings.maskinpasser': [
    'Kva er kvalifikasjonskravet til maskinpassar?',
    'krav til motormann utan fagbrev?',
    'Vi har ei stilling som maskinpassar på bemanningssertifikatet. Kor mykje tenestetid må den som får stillinga ha?',
  ],
  'ratings.maskinpasser-lettmatros': [
    'Kva er kvalifikasjonskravet til stillinga maskinpassar-lettmatros?',
    'maskinpassar/lettmatros kombinert, må ein oppfylle begge krava?',
    'På bemanningsoppgåva står det maskinpassar-lettmatros. Held det at personen har nok dekksteneste som lettmatros?',
  ],
  'ratings.matros': [
    'Må ein matros ha ferdigheitssertifikat?',
    'Det står ikkje noko sertifikatkrav til matros på bemanningsoppgåva vår. Kva er kravet då?',
    'matros på skip over 500 bt, treng ein sertifikat?',
  ],
  'seatime.how-to-document': [
    'Korleis kan eg dokumentere fartstid?',
    'Sjøfartsboka mi manglar dato for når eg mønstra av. Kan eg bruke ho som dokumentasjon på fartstid likevel?',
    'korleis dokumenterer eg fartstida når eg søkjer sertifikat',
  ],
  'seatime.who-can-confirm': [
    'Kven kan skrive ei stadfesting av fartstid?',
    'Eg eig båten sjølv og er dagleg leiar i selskapet. Kan eg stadfeste fartstida mi sjølv?',
    'kan revisoren vår skrive fartstidsstadfesting?',
    'Eg er medeigar i båten. Kan eg skrive under på fartstida til sonen min som jobbar om bord?',
    'kven kan skrive under pa fartstidsattesten min',
  ],
  'seatime.confirmation': [
    'Kva skal stå i ein fartstidsattest?',
    'Kan du hjelpe meg å lage ein fartstidsattest til ein tilsett?',
    'Hei. Vi skal skrive manuell fartstidsattest til ein av røktarane som søkjer D6. Kva opplysningar må vere med? Helsing Kari, dagleg leiar',
    'må attesten ha med kallesignal og største lengde på båten?',
  ],
  'seatime.calculate': [
    'Kor mange fartstidsdagar blir 2000 timar?',
    'jobbar 8 timar dagen i 60 dagar, kor mykje fartstid blir det?',
    'Arbeidsgivaren har stadfesta 1400 timar om bord totalt. Kor mange dagar fartstid er det?',
    'kor mange timar er 360 dagar fartstid',
    'kor mykje fartstid far eg for 500 timar om bord',
  ],
  'seatime.what-counts': [
    'Tel tida eg bruker på å køyre kollegaene til og frå oppdrettsanlegget som fartstid?',
    'Eg er akvatekniker og jobbar mest på merdane medan båten ligg fortøydd ved anlegget. Tel den tida som fartstid?',
    'vi jobbar ofte 16 timar i døgnet i sesongen, kan alle timane førast som fartstid?',
  ],
  'seatime.positions': [
    'Kva stilling skal røktarar registrerast med når vi rapporterer fartstid?',
    'Kan både eg og broren min stå som skipsførar på båten samstundes?',
    'Ein tilsett har D6 men er ikkje skipper. Kva stilling skal vi føre han opp med i fartstidsregistreringa?',
    'kva stiling skal akvateknikarane registrerast i',
  ],
  'seatime.employer-reporting': [
    'Kan Sjøfartsdirektoratet leggje inn fartstida mi for meg?',
    'Det er feil i fartstida på Mi side sjøfolk, kven må rette ho?',
    'Arbeidsgivaren har berre registrert den fartstida eg trong for D6. Kvifor ser eg ikkje resten på Mi side?',
    'kor ofte må arbeidsgivaren rapportere inn fartstid?',
  ],
  'seatime.electronic-vs-manual': [
    'Kva er skilnaden på å rapportere fartstid elektronisk og å skrive ein manuell fartstidsattest?',
    'Vi har alltid skrive fartstidsattestar på papir. Er det nokon fordel for mannskapet om vi rapporterer elektronisk i staden?',
    'manuell attest, må eg laste han opp på nytt kvar gong eg søkjer?',
  ],
  'seatime.mobile-units': [
    'Kva er skilnaden på fartstid på flyttbar innretning med og utan eigen framdrift?',
    'Eg jobbar som plattformsjef. Kva stilling svarar det til når eg skal tene opp fartstid?',
    'fartstid på rigg utan eiga framdrift, kan ho brukast til høgare sertifikat?',
    'stabilitetssjef på rigg, kva tilsvarar det i fartstida?',
  ],
  'deck.first-issue': [
    'Kva fartstidskrav gjeld for første D5?',
    'kor mykje fartstid treng eg for D4 første gongen',
    'Eg har fagbrev som matros og har gått fagskulen. Kor lang fartstid treng eg for å søkje D3 for første gong?',
    'treng eg brovakt i fartstida for å få D5 første gongen?',
  ],
  'deck.master-rights': [
    'Eg har ikkje førarrettar i sertifikatet, kva gjer eg?',
    'fekk D5 men det står ikkje skipsførar i sertifikatet, kvifor?',
    'Eg fekk D4 i fjor og har segla som styrmann sidan. Korleis får eg førarrett?',
    'korleis far eg forarrettar pa D4',
  ],
  'deck.cadet': [
    'Eg er kadett – når kan eg søkje om sertifikat som dekksoffiser?',
    'Vitnemålet frå fagskulen kom i mars. Kor lenge må eg segle som kadett før eg kan søkje D4?',
    'kan eg byrje systematisk opplæring som kadett før eg har vitnemål?',
  ],
  'deck.foreign-cadet': [
    'Godkjenner de kadettplass i eit utanlandsk reiarlag?',
    'Eg har fått kadettplass på eit skip under Bahamas-flagg. Tel det for norsk sertifikat?',
    'kadett på utanlandsk skip, kva krav er det til assessor?',
  ],
  'health.certificate': [
    'Kor lenge er ei helseerklæring gyldig?',
    'helseerklæringa mi gjekk ut førre veke, er D6-en framleis gyldig?',
    'Eg er 17 år og fekk helseerklæring hos sjømannslegen i dag. Kor lenge gjeld ho?',
    'Hei!\nEg har fått helseerklæring med avgrensing til dagtid frå sjømannslegen, men det står ingenting om det i D6-sertifikatet. Må eg halde meg til avgrensinga?\nHelsing Per',
    'kor lenge gjeld helseerklaeringa',
  ],
  'aps.processing': [
    'Blir søknaden min skriven ut automatisk?',
    'Kvifor gjekk søknaden min til manuell behandling?',
    'Eg søkte D6 på Mi side sjøfolk og lasta opp fartstidsattesten som vedlegg. Betyr det at saka går til manuell handsaming?',
    'Eg fekk melding om at søknaden går til stikkprøvekontroll. Kva tyder det?',
  ],
  'aps.processing-time': [
    'Kor lang er saksbehandlingstida?',
    'kor lenge tek det å få sertifikatet etter at eg har søkt',
    'Hei, eg søkte om fornying av D6 for fem veker sidan og har ikkje høyrt noko. Kor lang tid pleier de å bruke?\nMvh Nils',
    'kor lang er sakbehandlingstida no?',
  ],
  'aps.digital-certificates': [
    'Kan eg vise sertifikatet mitt digitalt i staden for på papir?',
    'Finst det ein app for sertifikata frå Sjøfartsdirektoratet?',
    'gjeld digitale sertifikat om bord på norske skip?',
    'kan eg bruke det digitale sertifikatet i utlandet òg?',
  ],
  'isps.process': [
    'Korleis går ISPS-sertifiseringa føre seg for eit skip som ikkje har norsk ISSC?',
    'Vi har kjøpt eit skip frå Tyskland som skal inn i NIS. Kva er stega for å få ISSC?',
    'kor tidleg må CSO be om verifikasjon i Altinn?',
    'Til Sjøfartsdirektoratet\nVi er eit reiarlag i Haugesund som tek over eit skip utan norsk ISSC. Kva er prosessen frå sårbarheitsvurdering til verifikasjon om bord?\nHelsing CSO',
  ],
  'isps.interim': [
    'Kor lenge gjeld eit mellombels ISSC?',
    'kan interim ISSC forlengjast?',
    'Kva brev må liggje om bord saman med det mellombelse ISSC-et?',
  ],
  'isps.verification-dates': [
    'Når skal den mellomliggjande verifikasjonen gjennomførast?',
    'ISSC-en går ut 15. mars 2026. Viss vi tek fornyingsverifikasjonen i oktober 2025, kva blir ny utløpsdato?',
    'fornyingsverifikasjon meir enn 3 mnd før utløp, ny utløpsdato?',
  ],
  'isps.invalid': [
    'Når må ISSC sendast tilbake til Sjøfartsdirektoratet?',
    'Skipet skal byte flagg til Malta. Kva gjer vi med ISSC-en?',
    'nytt selskap tek over drifta av skipet, er issc framleis gyldig?',
  ],
  'isps.electronic-plan': [
    'Godtek Sdir elektronisk sikkerheitsplan?',
    'Kan vi ha SSP berre digitalt om bord?',
    'Kva må vi ha på papir om bord når sikkerheitsplanen er elektronisk?',
    'kan sikkerheitsplanen vere elektronisk, kva ma vere pa papir?',
  ],
  contact: [
    'Korleis kan eg kontakte Sjøfartsdirektoratet?',
    'Kan eg få snakke med ein saksbehandlar?',
    'kva er e-postadressa dykkar?',
    'Kven sender eg spørsmål om API-et til?',
    'kan nokon ringje meg?',
  ],
};

/** Nynorsk in-scope held-out cases. */
export const NN_CASES: readonly HeldOutCase[] = toCases('nn', BY_TOPIC);
