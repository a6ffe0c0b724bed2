/**
 * Nynorsk near misses grouped by the family of words they borrow from a topic: arbeids- og kviletid
 * ved sida av "kva som tel som fartstid", pensjon ved sida av fartstid, skular ved sida av kvalifikasjonen
 * til kokken, hamnesikring ved sida av ISPS, sertifikat i andre land og for andre stillingar ved sida av
 * det første dekksoffisersertifikatet, løn i opplag ved sida av bemanning i opplag, sjukdommar ved sida
 * av helseerklæringa, og familiane katalogen ikkje svarar på i det heile (fornying, gebyr, register,
 * fritidsbåtar, utstyr, radio, los, løn, toll, visum, ulukker, innlogging, klager).
 */

/** Out-of-scope messages, one family per block. */
export const outOfScopeFamiliesNn: readonly string[] = [
  // Arbeidstid og kviletid (ved sida av seatime.what-counts, der 14 timar er taket for fartstid).
  'kan skipperen krevje at eg jobbar 15 timar i strekk?',
  'Hei, styrmannen seier vi må ta dobbeltskift heile veka. Kor mange arbeidstimar er lov per dogn? Helsing Andris',
  'reglar for kviletid for dekksmannskap på fiskebåt',
  'minste kviletid per veke på norsk skip',
  'får eg overtid når eg jobbar meir enn 14 timar om bord?',
  'kor mange timar kan kokken jobbe i strekk utan pause',
  // Pensjon, skatt og trygd med ordet fartstid.
  'gir fartstida mi rett til tidlegpensjon for sjøfolk?',
  'kor mange år fartstid treng eg før eg kan gå av med pensjon',
  'Kan fartstid frå 90-talet reknast med i pensjonstrygda for sjømenn?',
  'sjømannsfrådraget – tel fartstid på utanlandsk skip?',
  'Ser NAV på fartstida mi når eg søkjer sjukepengar?',
  // Skular, kurs og eksamen (Sdir held dei ikkje; rapportering av kurs er aps.processing).
  'kva vidaregåande skular har kokkefag for skip?',
  'kvar kan eg melde meg på GMDSS-kurs',
  'datoar for repetisjonskurs i grunnleggjande tryggleik i Haugesund?',
  'Finst det kveldskurs for D5-eksamen i Tromso?',
  'kva kostar kurset i grunnleggjande sikkerheitsopplæring',
  'Kan eg ta skipskokkeksamen på nytt om eg stryk?',
  'Kor mange poeng må eg ha for å stå på teorien til D4?',
  // Hamneanlegg og ISPS-plikter som ikkje er ISSC-en til skipet (ved sida av isps.process).
  'kven godkjenner sikringsplanen for eit hamneanlegg?',
  'korleis blir eg sikkerheitsansvarleg for eit hamneanlegg (PFSO)',
  'Kva sikringsnivå gjeld i norske hamner no?',
  'Må alle lasteskip under norsk flagg ha ISSC, også dei små?',
  'gjeld ISPS for ein fiskebåt på 300 BT?',
  'Korleis lagar vi ei sikringsfråsegn (DoS) med hamna?',
  'opplæringskrav i ISPS for mannskap med sikringsoppgåver?',
  // Saksbehandlingstid for anna enn sertifikata til sjøfolk (ved sida av aps.processing-time).
  'Kor lang tid bruker de på ein søknad om mellombels ISSC?',
  'behandlingstid for registrering av skip i NIS',
  'Kor lang tid tek det å få godkjent eit nytt passasjerskip?',
  'kor fort behandlar de nytt bemanningssertifikat for ferja vår?',
  // Andre stillingar, høgare klassar og andre land (ved sida av deck.first-issue og d6.privileges).
  'fartstid som krevst for maskinoffiser klasse 3?',
  'Korleis får eg det første maskinistsertifikatet mitt (maskinoffiser klasse 4)?',
  'krav til sertifikat som elektroteknisk offiser (ETO)',
  'Kva skal til for å få tankpåteikning for oljetankskip?',
  'Kor mange månader fartstid treng eg for å gå frå D2 til D1?',
  'fartstid for skipsførar klasse 1 på skip over 3000 BT',
  'Danske reglar for fartstid til dekksoffiser?',
  'krev Tyskland same fartstid som Noreg for vaktoffiser?',
  'Kan eg bruke D6 til å føre båt i Sverige?',
  'Blir fartstid frå utanlandskflagga båt godteken til D6?',
  // Opplag, talet på mannskap og bøter (ved sida av bemanningstema).
  'Får mannskapet løn medan fartøyet ligg i kaldt opplag?',
  'Kven betaler forsikringa for eit skip i opplag i fjorden?',
  'kan reiarlaget permittere mannskapet i opplaget og tilsetje dei att til våren?',
  'Kan vi segle med ein matros for lite éin tur når nokon er sjuke?',
  'Kva er straffa om vi seglar med færre enn bemanningssertifikatet seier?',
  'kan de sjekke om MS Nordlys har gyldig bemanningssertifikat?',
  'Kor mange må vi vere om bord på ein lastebåt på 50 BT? Avgjer det for oss.',
  'må DPA stå i bemanningsoppgåva?',
  // Sjukdommar og helsekrav (ved sida av health.certificate, som svarar på gyldigheit).
  'Kan eg få helseerklæring når eg er fargeblind?',
  'Eg bruker insulin mot diabetes, skriv legen likevel under helseerklæringa?',
  'Hindrar ein hjarteoperasjon meg i å få helseerklæring?',
  'kva synskrav gjeld for dekksoffiserar?',
  'kan eg klage om sjømannslegen seier eg er uskikka?',
  // Fornying og gebyr for sertifikat.
  'korleis fornyar eg D3 etter fem år på land',
  'fornying av D1, kva kurs trengst?',
  'maskinistsertifikatet mitt går ut neste månad, korleis fornyar eg det?',
  'Kva kostar det å fornye ferdigheitssertifikatet?',
  'er det gebyr for nytt sertifikat om eg har mista det gamle?',
  // Register, fritidsbåtar, utstyr og radio.
  'Korleis flyttar eg fartøyet frå NOR til NIS?',
  'namneendring på skip i registeret, korleis?',
  'treng eg båtførarbevis for å køyre ein 30 fots fritidsbåt?',
  'fartsgrense for fritidsbåtar i hamna',
  'redningsflåten på arbeidsbåten, kor ofte skal han på service?',
  'Må fiskebåten vår ha AIS om bord?',
  'registrering av naudpeilesendar (EPIRB), kvar?',
  'SRC-sertifikatet for VHF-radio, kvar tek eg det?',
  'Krevst GOC på eit skip med GMDSS?',
  // Los, løn og kontraktar, toll og visum.
  'Når må vi ha los i fjorden?',
  'korleis får eg farleisbevis?',
  'minsteløn for matros på NIS-skip?',
  'Må arbeidsavtalen min følgje MLC?',
  'betaler eg toll på verktøy eg tek med om bord frå utlandet',
  'treng ein filippinsk matros visum for å mønstre på i Bergen?',
  'arbeidsløyve for kokk frå land utanfor EU på norsk skip?',
  // Ulukker og melding av dei, innlogging på Mi side, klager.
  'Ein i mannskapet skadde seg på dekk i går. Korleis melder vi ulukka?',
  'korleis melde ei nestenulukke til Sjøfartsdirektoratet',
  'frist for å melde ei grunnstøyting?',
  'Eg får ikkje logga inn på Mi side med BankID, kva gjer eg?',
  'ID-porten gir feilmelding når eg prøver å opne Mi side for sjøfolk',
  'Eg vil klage på korleis saksbehandlaren behandla meg',
  'kva er klagefristen når søknaden om sertifikat er avslått?',
  // Andre runde: familiane som framleis vart svara på i kryssvalideringa.
  // Opplag som tilsetjing, forsikring og tryggleik, ikkje bemanning.
  'Blir sjøfolka permitterte automatisk når fartøyet går i opplag?',
  'ulønt permisjon for mannskapet i vinteropplaget, er det lov?',
  'opplagsforsikring for ei ferje, kven spør vi?',
  'Hei, reiarlaget vil permittere alle om bord i opplaget. Har vi nokon rettar? Helsing mannskapet',
  'sluttpakke når skipet blir lagt i opplag for godt?',
  // For anker og landlov, ikkje spørsmålet om kai.
  'vi ligg for anker utanfor kysten, kan halve mannskapet gå i land?',
  'reglar for landlov når skipet ligg til ankers utanfor hamna',
  // Skular og læreplass for kokkar, ikkje kvalifikasjonen til kokken.
  'kvar kan eg utdanne meg til skipskokk?',
  'kva skule bør eg gå på om eg vil lage mat på skip?',
  'læreplass som skipskokk, kvar søkjer eg?',
  // Hamneanlegg og kva skip ISPS gjeld for.
  'kven godkjenner sikringsplanen til hamna i Bergen?',
  'ISPS for hamner og terminalar, kven er styresmakt?',
  'krevst ISSC for ein liten passasjerbåt i innanriksfart?',
  'kor lang tid tek søknaden om mellombels ISSC hos dykk?',
  // Høgare klassar, maskinistar og andre land.
  'fartstid for overstyrmann klasse 2?',
  'krav til D1, kor mange månader som overstyrmann?',
  'maskinoffiser klasse 2, kor mykje fartstid?',
  'fartstidsreglar for estisk vaktoffisersertifikat',
  'tel Nederland fartstid på same måte som Noreg?',
  'blir det polske matrossertifikatet mitt godteke i Noreg?',
  'godkjenning av utanlandsk smørarsertifikat, korleis?',
  // Namngjevne skip, DPA og sjukdommar.
  'kan de slå opp om MS Kystfjord framleis har gyldig bemanningssertifikat',
  'namnet på DPA i bemanningsoppgåva, er det påkravd?',
  'høyrselskrav til helseerklæring for sjøfolk?',
  'kan eg jobbe på sjøen om eg bruker epilepsimedisin?',
  'diabetes og helseerklæring for sjøfolk, går det?',
];
