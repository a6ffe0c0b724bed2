/**
 * Bokmål near misses grouped by the family of words they borrow from a topic: arbeids- og hviletid ved
 * siden av "hva teller som fartstid", pensjon ved siden av fartstid, skoler ved siden av kokkens
 * kvalifikasjon, havnesikring ved siden av ISPS, andre lands og andre stillingers sertifikater ved siden
 * av dekksoffiserens første sertifikat, lønn i opplag ved siden av bemanning i opplag, sykdommer ved
 * siden av helseerklæringen, og familiene katalogen ikke svarer på i det hele tatt (fornyelse, gebyr,
 * register, fritidsbåter, utstyr, radio, los, lønn, toll, visum, ulykker, innlogging, klager).
 */

/** Out-of-scope messages, one family per block. */
export const outOfScopeFamiliesNb: readonly string[] = [
  // Arbeidstid og hviletid (ved siden av seatime.what-counts, der 14 timer er taket for fartstid).
  'kan skipperen kreve at jeg jobber 15 timer i strekk?',
  'Hei, styrmannen sier vi må ta dobbeltskift hele uka. Hvor mange arbeidstimer er lov per dogn? Mvh Andris',
  'regler for hviletid for dekksmannskap på fiskebåt',
  'minste hviletid per uke på norsk skip',
  'får jeg overtid når jeg jobber mer enn 14 timer om bord?',
  'hvor mange timer kan kokken jobbe i strekk uten pause',
  // Pensjon, skatt og trygd med ordet fartstid.
  'gir fartstiden min rett til tidligpensjon for sjøfolk?',
  'hvor mange år fartstid trenger jeg før jeg kan gå av med pensjon',
  'Kan fartstid fra 90-tallet regnes med i pensjonstrygden for sjømenn?',
  'sjømannsfradraget – teller fartstid på utenlandsk skip?',
  'Ser NAV på fartstiden min når jeg søker sykepenger?',
  // Skoler, kurs og eksamen (Sdir holder dem ikke; rapportering av kurs er aps.processing).
  'hvilke videregående skoler har kokkefag for skip?',
  'hvor kan jeg melde meg på GMDSS-kurs',
  'datoer for repetisjonskurs i grunnleggende sikkerhet i Haugesund?',
  'Finnes det kveldskurs for D5-eksamen i Tromso?',
  'hva koster kurset i grunnleggende sikkerhetsopplæring',
  'Kan jeg ta skipskokkeksamen på nytt hvis jeg stryker?',
  'Hvor mange poeng må jeg ha for å bestå teorien til D4?',
  // Havneanlegg og ISPS-plikter som ikke er skipets ISSC (ved siden av isps.process).
  'hvem godkjenner sikringsplanen for et havneanlegg?',
  'hvordan blir jeg sikkerhetsansvarlig for et havneanlegg (PFSO)',
  'Hvilket sikringsnivå gjelder i norske havner nå?',
  'Må alle lasteskip under norsk flagg ha ISSC, også de små?',
  'gjelder ISPS for en fiskebåt på 300 BT?',
  'Hvordan lager vi en sikringserklæring (DoS) med havna?',
  'opplæringskrav i ISPS for mannskap med sikringsoppgaver?',
  // Saksbehandlingstid for annet enn sjøfolks sertifikater (ved siden av aps.processing-time).
  'Hvor lang tid bruker dere på en søknad om midlertidig ISSC?',
  'behandlingstid for registrering av skip i NIS',
  'Hvor lang tid tar det å få godkjent et nytt passasjerskip?',
  'hvor fort behandler dere nytt bemanningssertifikat for ferja vår?',
  // Andre stillinger, høyere klasser og andre land (ved siden av deck.first-issue og d6.privileges).
  'fartstid som kreves for maskinoffiser klasse 3?',
  'Hvordan får jeg mitt første maskinistsertifikat (maskinoffiser klasse 4)?',
  'krav til sertifikat som elektroteknisk offiser (ETO)',
  'Hva skal til for å få tankpåtegning for oljetankskip?',
  'Hvor mange måneder fartstid trenger jeg for å gå fra D2 til D1?',
  'fartstid for skipsfører klasse 1 på skip over 3000 BT',
  'Danske regler for fartstid til dekksoffiser?',
  'krever Tyskland samme fartstid som Norge for vaktoffiser?',
  'Kan jeg bruke D6 til å føre båt i Sverige?',
  'Godtas fartstid fra utenlandskflagget båt til D6?',
  // Opplag, antall i besetningen og bøter (ved siden av bemanningstemaene).
  'Får mannskapet lønn mens fartøyet ligger i kaldt opplag?',
  'Hvem betaler forsikringen for et skip i opplag i fjorden?',
  'kan rederiet permittere mannskapet i opplaget og ansette dem igjen til våren?',
  'Kan vi seile med en matros for lite én tur når noen er syke?',
  'Hva er straffen hvis vi seiler med færre enn bemanningssertifikatet sier?',
  'kan dere sjekke om MS Nordlys har gyldig bemanningssertifikat?',
  'Hvor mange må vi være om bord på en lastebåt på 50 BT? Bestem det for oss.',
  'må DPA stå i bemanningsoppgaven?',
  // Sykdommer og helsekrav (ved siden av health.certificate, som svarer på gyldighet).
  'Kan jeg få helseerklæring når jeg er fargeblind?',
  'Jeg bruker insulin mot diabetes, skriver legen likevel under helseerklæringen?',
  'Hindrer en hjerteoperasjon meg i å få helseerklæring?',
  'hvilke synskrav gjelder for dekksoffiserer?',
  'kan jeg klage hvis sjømannslegen sier jeg er uskikket?',
  // Fornyelse og gebyr for sertifikater.
  'hvordan fornyer jeg D3 etter fem år på land',
  'fornyelse av D1, hvilke kurs trengs?',
  'maskinistsertifikatet mitt går ut neste måned, hvordan fornyer jeg det?',
  'Hva koster det å fornye ferdighetssertifikatet?',
  'er det gebyr for nytt sertifikat hvis jeg har mistet det gamle?',
  // Register, fritidsbåter, utstyr og radio.
  'Hvordan flytter jeg fartøyet fra NOR til NIS?',
  'navneendring på skip i registeret, hvordan?',
  'trenger jeg båtførerbevis for å kjøre en 30 fots fritidsbåt?',
  'fartsgrense for fritidsbåter i havna',
  'redningsflåten på arbeidsbåten, hvor ofte skal den på service?',
  'Må fiskebåten vår ha AIS om bord?',
  'registrering av nødpeilesender (EPIRB), hvor?',
  'SRC-sertifikatet for VHF-radio, hvor tar jeg det?',
  'Kreves GOC på et skip med GMDSS?',
  // Los, lønn og kontrakter, toll og visum.
  'Når må vi ha los i fjorden?',
  'hvordan får jeg farledsbevis?',
  'minstelønn for matros på NIS-skip?',
  'Må arbeidsavtalen min følge MLC?',
  'betaler jeg toll på verktøy jeg tar med om bord fra utlandet',
  'trenger en filippinsk matros visum for å mønstre på i Bergen?',
  'arbeidstillatelse for kokk fra land utenfor EU på norsk skip?',
  // Ulykker og melding av dem, Min side-innlogging, klager.
  'En i mannskapet skadet seg på dekk i går. Hvordan melder vi ulykken?',
  'hvordan melde en nestenulykke til Sjøfartsdirektoratet',
  'frist for å melde en grunnstøting?',
  'Jeg får ikke logget inn på Min side med BankID, hva gjør jeg?',
  'ID-porten gir feilmelding når jeg prøver å åpne Min side for sjøfolk',
  'Jeg vil klage på hvordan saksbehandleren behandlet meg',
  'hva er klagefristen når søknaden om sertifikat er avslått?',
  // Andre runde: familiene som fortsatt ble besvart i kryssvalideringen.
  // Opplag som ansettelse, forsikring og sikkerhet, ikke bemanning.
  'Blir sjøfolkene permittert automatisk når fartøyet går i opplag?',
  'ulønnet permisjon for mannskapet i vinteropplaget, er det lov?',
  'opplagsforsikring for ei ferje, hvem spør vi?',
  'Hei, rederiet vil permittere alle om bord i opplaget. Har vi noen rettigheter? Hilsen mannskapet',
  'sluttpakke når skipet legges i opplag for godt?',
  // For anker og landlov, ikke spørsmålet om kai.
  'vi ligger for anker utenfor kysten, kan halve mannskapet gå i land?',
  'regler for landlov når skipet ligger til ankers utenfor havna',
  // Skoler og læreplass for kokker, ikke kokkens kvalifikasjon.
  'hvor kan jeg utdanne meg til skipskokk?',
  'hvilken skole bør jeg gå på hvis jeg vil lage mat på skip?',
  'læreplass som skipskokk, hvor søker jeg?',
  // Havneanlegg og hvilke skip ISPS gjelder for.
  'hvem godkjenner sikringsplanen til havna i Bergen?',
  'ISPS for havner og terminaler, hvem er myndighet?',
  'kreves ISSC for en liten passasjerbåt i innenriksfart?',
  'hvor lang tid tar søknaden om midlertidig ISSC hos dere?',
  // Høyere klasser, maskinister og andre land.
  'fartstid for overstyrmann klasse 2?',
  'krav til D1, hvor mange måneder som overstyrmann?',
  'maskinoffiser klasse 2, hvor mye fartstid?',
  'fartstidsregler for estisk vaktoffisersertifikat',
  'teller Nederland fartstid på samme måte som Norge?',
  'godtas det polske matrossertifikatet mitt i Norge?',
  'godkjenning av utenlandsk smørersertifikat, hvordan?',
  // Navngitte skip, DPA og sykdommer.
  'kan dere slå opp om MS Kystfjord fortsatt har gyldig bemanningssertifikat',
  'navnet på DPA i bemanningsoppgaven, er det påkrevd?',
  'hørselskrav til helseerklæring for sjøfolk?',
  'kan jeg jobbe på sjøen hvis jeg bruker epilepsimedisin?',
  'diabetes og helseerklæring for sjøfolk, går det?',
];
