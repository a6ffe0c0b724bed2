/**
 * Sea time: how it is documented, confirmed, calculated and reported (seeds 002 and 004, facts.md).
 * Titles and answers in bokmål, nynorsk and English, side by side. Every statement comes from the
 * Sdir seed documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`, in our own
 * words. For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import type { Localized } from '../localized.js';
import type { TopicGroup } from '../types.js';

export const seatimeTopics = {
  'seatime.how-to-document': {
    title: {
      nb: 'Dokumentere fartstid',
      nn: 'Dokumentere fartstid',
      en: 'Documenting sea time',
    },
    answer: {
      nb:
        'Du kan dokumentere fartstid på én av tre måter:\n\n' +
        '• rederiet rapporterer fartstiden din elektronisk\n' +
        '• en fartstidsbekreftelse (fartstidsattest) fra rederiet\n' +
        '• en kopi av sjøfartsboken din\n\n' +
        'Sjøfartsboken må være riktig utfylt, også med datoen da du gikk av (fratredelsesdato). Mangler den, trenger Sjøfartsdirektoratet en fartstidsbekreftelse fra rederiet i stedet.\n\n' +
        'Bare elektronisk rapportert fartstid gir mulighet for automatisk saksbehandling.',
      nn:
        'Du kan dokumentere fartstid på éin av tre måtar:\n\n' +
        '• reiarlaget rapporterer fartstida di elektronisk\n' +
        '• ei stadfesting av fartstid (fartstidsattest) frå reiarlaget\n' +
        '• ein kopi av sjøfartsboka di\n\n' +
        'Sjøfartsboka må vere rett utfylt, òg med datoen då du gjekk av (fråtredingsdatoen). Manglar han, treng Sjøfartsdirektoratet ei stadfesting av fartstid frå reiarlaget i staden.\n\n' +
        'Berre fartstid som er rapportert elektronisk, gjer automatisk saksbehandling mogleg.',
      en:
        'You can document sea time in one of three ways:\n\n' +
        '• the company reports your sea time electronically\n' +
        '• a sea-time confirmation (fartstidsattest) from the company\n' +
        "• a copy of your seaman's book\n\n" +
        "The seaman's book must be filled in correctly, including the date you signed off. If that is missing, the Norwegian Maritime Authority needs a sea-time confirmation from the company instead.\n\n" +
        'Only sea time reported electronically makes automatic processing possible.',
    },
  },
  'seatime.who-can-confirm': {
    title: {
      nb: 'Hvem kan bekrefte fartstid?',
      nn: 'Kven kan stadfeste fartstid?',
      en: 'Who can confirm sea time?',
    },
    answer: {
      nb:
        'En fartstidsbekreftelse kan skrives av en av disse, så lenge de har tilknytning til fartøyet:\n\n' +
        '• en representant fra rederikontoret\n' +
        '• kapteinen om bord\n' +
        '• eier eller medeier\n' +
        '• regnskapsfører eller revisor\n\n' +
        'Du kan aldri bekrefte din egen fartstid, uansett hvilken av disse rollene du har. Det gjelder også om du eier båten eller leder bedriften: fartstiden må bekreftes av arbeidsgiveren.',
      nn:
        'Ei stadfesting av fartstid kan skrivast av ein av desse, så lenge dei har tilknyting til fartøyet:\n\n' +
        '• ein representant frå kontoret til reiarlaget\n' +
        '• kapteinen om bord\n' +
        '• eigar eller medeigar\n' +
        '• rekneskapsførar eller revisor\n\n' +
        'Du kan aldri stadfeste di eiga fartstid, same kva for ei av desse rollene du har. Det gjeld òg om du eig båten eller leier verksemda: fartstida må stadfestast av arbeidsgivaren.',
      en:
        'A sea-time confirmation can be written by any of these, as long as they are connected with the vessel:\n\n' +
        "• a representative of the company's office\n" +
        '• the master on board\n' +
        '• the owner or a co-owner\n' +
        '• the accountant or auditor\n\n' +
        'You can never confirm your own sea time, whichever of these roles you hold. This applies even if you own the boat or run the business: the sea time must be confirmed by the employer.',
    },
  },
  'seatime.confirmation': {
    title: {
      nb: 'Innhold i en fartstidsbekreftelse',
      nn: 'Innhaldet i ei stadfesting av fartstid',
      en: 'What a sea-time confirmation must contain',
    },
    answer: {
      nb:
        'En fartstidsbekreftelse (fartstidsattest) må ha med:\n\n' +
        '• sjøfarerens navn og fødselsdato\n' +
        '• stillingen om bord\n' +
        '• antall dager fartstid og perioden de ble opptjent i\n' +
        '• hvor mange timer per dag det ble arbeidet om bord (1–14), eller totalt antall timer i perioden\n' +
        '• fartøyets navn, kallesignal og største lengde\n' +
        '• navn og signatur til den som bekrefter for arbeidsgiveren\n\n' +
        'Søker du ferdighetssertifikat matros eller et høyere dekksoffisersertifikat, må også fartøyets bruttotonnasje og sertifiserte fartsområde stå der. For flyttbar innretning må det stå om den har egen fremdrift, og for tankskip- eller IGF-sertifikat om det var gass-, olje- eller kjemikalietankskip.\n\n' +
        'Jeg kan hjelpe deg å sette opp eller sjekke en bekreftelse.',
      nn:
        'Ei stadfesting av fartstid (fartstidsattest) må ha med:\n\n' +
        '• namnet og fødselsdatoen til sjøfararen\n' +
        '• stillinga om bord\n' +
        '• kor mange dagar fartstid det gjeld, og i kva periode\n' +
        '• kor mange timar per dag det vart arbeidd om bord (1–14), eller kor mange timar det vart arbeidd i alt i perioden\n' +
        '• namnet, kallesignalet og største lengde til fartøyet\n' +
        '• namnet og signaturen til den som stadfestar for arbeidsgivaren\n\n' +
        'Søkjer du ferdigheitssertifikat matros eller eit høgare dekksoffisersertifikat, må òg bruttotonnasjen og det sertifiserte fartsområdet til fartøyet stå der. For ei flyttbar innretning må det stå om ho har eigen framdrift, og for tankskip- eller IGF-sertifikat om det var gass-, olje- eller kjemikalietankskip.\n\n' +
        'Eg kan hjelpe deg med å setje opp eller sjekke ei stadfesting.',
      en:
        'A sea-time confirmation (fartstidsattest) must include:\n\n' +
        "• the seafarer's name and date of birth\n" +
        '• the position on board\n' +
        '• the number of days of sea time and the period they were earned in\n' +
        '• how many hours a day were worked on board (1–14), or the total hours in the period\n' +
        "• the vessel's name, call sign and length overall\n" +
        '• name and signature of the person confirming on behalf of the employer\n\n' +
        "If you are applying for the able seaman certificate or a higher deck officer certificate, the vessel's gross tonnage and certified trading area must also be stated. For a mobile unit it must say whether it has its own propulsion, and for a tanker or IGF certificate whether it was a gas, oil or chemical tanker.\n\n" +
        'I can help you put together or check a confirmation.',
    },
  },
  'seatime.calculate': {
    title: {
      nb: 'Regne ut fartstid',
      nn: 'Rekne ut fartstid',
      en: 'Calculating sea time',
    },
    answer: {
      nb:
        'Fartstid regnes time for time: fartstidsdager = timer arbeidet om bord ÷ 1867 × 365. Tallet 1867 er timene i et normalt arbeidsår med 8-timersdager, så én fartstidsdag tilsvarer omtrent 5,1 timer. Overtid gir ikke noe tillegg.\n\n' +
        'Eksempel: 12 timer om bord per dag gir omtrent 2,35 fartstidsdager per kalenderdag. Høyst 14 timer per døgn kan regnes med, og 1 måned regnes som 30 dager.\n\n' +
        'Denne beregningen brukes i alle avgjørelser om personlige sertifikater fra 1. juli 2016, uansett når fartstiden ble opptjent.\n\n' +
        'Oppgi antall timer, eller dager og timer per dag, så regner jeg ut fartstiden.',
      nn:
        'Fartstid blir rekna time for time: fartstidsdagar = timar arbeidd om bord ÷ 1867 × 365. Talet 1867 er timane i eit normalt arbeidsår med 8-timarsdagar, så éin fartstidsdag svarar til om lag 5,1 timar. Overtid gir ikkje noko tillegg.\n\n' +
        'Døme: 12 timar om bord per dag gir om lag 2,35 fartstidsdagar per kalenderdag. Høgst 14 timar per døgn kan reknast med, og 1 månad blir rekna som 30 dagar.\n\n' +
        'Denne utrekninga blir brukt i alle avgjerder om personlege sertifikat frå 1. juli 2016, same kva tid fartstida er frå.\n\n' +
        'Oppgi talet på timar, eller dagar og timar per dag, så reknar eg ut fartstida.',
      en:
        'Sea time is counted hour by hour: sea-time days = hours worked on board ÷ 1867 × 365. The figure 1867 is the hours in a normal working year of 8-hour days, so one sea-time day equals about 5.1 hours. Overtime gives no extra.\n\n' +
        'Example: 12 hours on board a day gives about 2.35 sea-time days per calendar day. At most 14 hours per day can be counted, and 1 month counts as 30 days.\n\n' +
        'This calculation is used in every decision on personal certificates from 1 July 2016, whenever the sea time was earned.\n\n' +
        'Give me the number of hours, or days and hours per day, and I will calculate the sea time.',
    },
  },
  'seatime.what-counts': {
    title: {
      nb: 'Hva teller som fartstid?',
      nn: 'Kva tel som fartstid?',
      en: 'What counts as sea time?',
    },
    answer: {
      nb:
        'Bare arbeidstid om bord på fartøyet teller som fartstid. Det er tid knyttet til båten, som seiling, fortøyning, drift og vedlikehold. Fartstiden regnes i timer om bord, og høyst 14 timer per døgn kan telle.\n\n' +
        'Tid mens fartøyet ligger fortøyd og du arbeider på land eller på et oppdrettsanlegg, teller ikke som fartstid.\n\n' +
        'Kildene sier ikke noe om annen tid, for eksempel beredskapstid i havn eller tid på verft. Spør Sjøfartsdirektoratet om slik tid.',
      nn:
        'Berre arbeidstid om bord på fartøyet tel som fartstid. Det er tid som er knytt til båten, som segling, fortøying, drift og vedlikehald. Fartstida blir rekna i timar om bord, og høgst 14 timar per døgn kan telje.\n\n' +
        'Tid då fartøyet ligg fortøydd og du arbeider på land eller på eit oppdrettsanlegg, tel ikkje som fartstid.\n\n' +
        'Kjeldene seier ikkje noko om anna tid, til dømes beredskapstid i hamn eller tid på verft. Spør Sjøfartsdirektoratet om slik tid.',
      en:
        'Only working time on board the vessel counts as sea time. That is time connected with the boat, such as sailing, mooring, operation and maintenance. Sea time is counted in hours on board, and at most 14 hours per day can count.\n\n' +
        'Time while the vessel is moored and you are working ashore or on a fish farm does not count as sea time.\n\n' +
        'The sources say nothing about other time, such as standby in port or time at a yard. Ask the Norwegian Maritime Authority about such time.',
    },
  },
  'seatime.positions': {
    title: {
      nb: 'Hvilken stilling fartstiden registreres på',
      nn: 'Kva stilling fartstida blir registrert på',
      en: 'Which position to register sea time under',
    },
    answer: {
      nb:
        'Fartstid registreres på stillingen du faktisk har om bord, for eksempel skipsfører, navigatør eller lettmatros. Den trenger ikke være den samme som stillingen du er ansatt i.\n\n' +
        '• Bare én person kan være registrert som skipsfører om gangen. Skipsføreren (kapteinen) har øverste myndighet om bord, og det skal alltid være klart hvem det er så lenge båten er i drift.\n' +
        '• Ansatte med D6 som ikke er skipsfører, kan registreres som navigatør.\n' +
        '• Andre som opptjener fartstid til D6, kan blant annet registreres som lettmatros.\n\n' +
        'Røkter og akvatekniker er ikke relevante stillinger for D6, og fartstid kan ikke registreres på dem i Sjøfartsdirektoratets system.',
      nn:
        'Fartstid blir registrert på den stillinga du faktisk har om bord, til dømes skipsførar, navigatør eller lettmatros. Ho treng ikkje vere den same som stillinga du er tilsett i.\n\n' +
        '• Berre éin person kan vere registrert som skipsførar om gongen. Skipsføraren (kapteinen) har øvste mynde om bord, og det skal alltid vere klart kven det er så lenge båten er i drift.\n' +
        '• Tilsette med D6 som ikkje er skipsførar, kan registrerast som navigatør.\n' +
        '• Andre som samlar fartstid til D6, kan mellom anna registrerast som lettmatros.\n\n' +
        'Røktar og akvateknikar er ikkje relevante stillingar for D6, og fartstid kan ikkje registrerast på dei i systemet til Sjøfartsdirektoratet.',
      en:
        'Sea time is registered under the position you actually hold on board, for example master, navigator or ordinary seaman. It does not have to be the same as the job you are employed in.\n\n' +
        '• Only one person can be registered as master at a time. The master (captain) has the highest authority on board, and it must always be clear who that is while the boat is in operation.\n' +
        '• Employees with D6 who are not the master can be registered as navigator.\n' +
        '• Others earning sea time towards D6 can, for example, be registered as ordinary seaman.\n\n' +
        'Fish-farm titles such as "røkter" (fish-farm operator) or "akvatekniker" (aquaculture technician) are not relevant for D6, and sea time cannot be registered under them in the Authority\'s system.',
    },
  },
  'seatime.employer-reporting': {
    title: {
      nb: 'Arbeidsgiverens rapportering av fartstid',
      nn: 'Rapportering av fartstid frå arbeidsgivaren',
      en: 'Employer reporting of sea time',
    },
    answer: {
      nb:
        'Bare arbeidsgiveren kan rapportere fartstid elektronisk, via «Min side kvalifikasjoner» (Altinn, rollen «samferdsel») eller via API. Verken Sjøfartsdirektoratet eller du som søker kan registrere den.\n\n' +
        '• Arbeidsgiveren bestemmer hvor ofte fartstiden rapporteres. Avtal gjerne at den er oppdatert før du søker, så går behandlingen raskere.\n' +
        '• Noen arbeidsgivere rapporterer bare den fartstiden som trengs for sertifikatet, så ikke alt du har seilt er nødvendigvis registrert.\n' +
        '• Rapportert fartstid vises når du logger inn på «Min side sjøfolk».\n' +
        '• Er noe feil, må du si fra til arbeidsgiveren, som må kontakte Sjøfartsdirektoratet for å få det rettet.',
      nn:
        'Berre arbeidsgivaren kan rapportere fartstid elektronisk, via «Min side kvalifikasjoner» (Altinn, rolla «samferdsel») eller via API. Verken Sjøfartsdirektoratet eller du som søkjer, kan registrere fartstida.\n\n' +
        '• Arbeidsgivaren avgjer kor ofte fartstida blir rapportert. Avtal gjerne at ho er oppdatert før du søkjer, så går behandlinga raskare.\n' +
        '• Nokre arbeidsgivarar rapporterer berre den fartstida som trengst for sertifikatet, så det er ikkje sikkert at alt du har segla, er registrert.\n' +
        '• Fartstid som er rapportert, blir vist når du loggar inn på «Mi side sjøfolk».\n' +
        '• Er noko feil, må du seie frå til arbeidsgivaren, som må kontakte Sjøfartsdirektoratet for å få det retta.',
      en:
        'Only the employer can report sea time electronically, through "Min side kvalifikasjoner" (Altinn, role "samferdsel") or through the API. Neither the Norwegian Maritime Authority nor you as applicant can register it.\n\n' +
        '• The employer decides how often sea time is reported. Agree in advance that it is up to date before you apply, so processing goes faster.\n' +
        '• Some employers only report the sea time needed for the certificate, so not all your time at sea is necessarily registered.\n' +
        '• Reported sea time is shown when you log in to "Min side sjøfolk".\n' +
        '• If something is wrong, tell your employer, who must contact the Authority to have it corrected.',
    },
  },
  'seatime.electronic-vs-manual': {
    title: {
      nb: 'Elektronisk rapportering eller manuell fartstidsattest',
      nn: 'Elektronisk rapportering eller manuell fartstidsattest',
      en: 'Electronic reporting or a manual sea-time confirmation',
    },
    answer: {
      nb:
        'Rederiet velger selv om fartstiden skal rapporteres elektronisk eller bekreftes i en manuell fartstidsattest. For deg som søker er forskjellen stor:\n\n' +
        '• Elektronisk rapportert fartstid gir mulighet for automatisk saksbehandling, og den vises på «Min side sjøfolk».\n' +
        '• Med manuell attest kan behandlingstiden bli opptil en måned. Du må laste opp attesten som vedlegg og trenger en ny attest hver gang du søker. Opplysningene blir som regel heller ikke synlige på «Min side sjøfolk», selv om attesten godkjennes.\n\n' +
        'Søknader med manuelt opplastet dokumentasjon går alltid til manuell behandling.',
      nn:
        'Reiarlaget vel sjølv om fartstida skal rapporterast elektronisk eller stadfestast i ein manuell fartstidsattest. For deg som søkjer, er skilnaden stor:\n\n' +
        '• Fartstid som er rapportert elektronisk, gjer automatisk saksbehandling mogleg, og ho blir vist på «Mi side sjøfolk».\n' +
        '• Med manuell attest kan behandlingstida bli opptil ein månad. Du må laste opp attesten som vedlegg og treng ein ny attest kvar gong du søkjer. Opplysningane blir som regel heller ikkje synlege på «Mi side sjøfolk», sjølv om attesten blir godkjend.\n\n' +
        'Søknader med dokumentasjon som er lasta opp manuelt, går alltid til manuell behandling.',
      en:
        'The company decides whether to report sea time electronically or confirm it in a manual sea-time confirmation. For you as applicant the difference is large:\n\n' +
        '• Electronically reported sea time makes automatic processing possible, and it is shown on "Min side sjøfolk".\n' +
        '• With a manual confirmation, processing can take up to a month. You must upload the confirmation as an attachment and need a new one every time you apply. The information usually does not appear on "Min side sjøfolk" either, even if the confirmation is approved.\n\n' +
        'Applications with documentation uploaded by hand always go to manual processing.',
    },
  },
  'seatime.mobile-units': {
    title: {
      nb: 'Fartstid på flyttbar innretning',
      nn: 'Fartstid på flyttbar innretning',
      en: 'Sea time on mobile units',
    },
    answer: {
      nb:
        'Fartstid på flyttbar innretning brukes ulikt etter om innretningen har egen fremdrift:\n\n' +
        '• Med egen fremdrift: kan brukes til å fornye sertifikatet og til å søke et høyere sertifikat.\n' +
        '• Uten egen fremdrift: kan brukes til å opprettholde sertifikatklassen du allerede har.\n\n' +
        'Disse stillingene godkjennes:\n' +
        '• kontrollromsoperatør (control room operator), tilsvarer ansvarshavende vaktoffiser\n' +
        '• stabilitetssjef (stability section leader), tilsvarer overstyrmann\n' +
        '• plattformsjef (platform manager), tilsvarer kaptein\n\n' +
        'Fartstidsbekreftelsen må si om innretningen har egen fremdrift.',
      nn:
        'Fartstid på flyttbar innretning kan brukast ulikt, alt etter om innretninga har eigen framdrift:\n\n' +
        '• Med eigen framdrift: kan brukast til å fornye sertifikatet og til å søkje om eit høgare sertifikat.\n' +
        '• Utan eigen framdrift: kan brukast til å halde ved lag den sertifikatklassen du alt har.\n\n' +
        'Desse stillingane blir godkjende:\n' +
        '• kontrollromsoperatør (control room operator), svarar til ansvarshavande vaktoffiser\n' +
        '• stabilitetssjef (stability section leader), svarar til overstyrmann\n' +
        '• plattformsjef (platform manager), svarar til kaptein\n\n' +
        'Stadfestinga av fartstid må seie om innretninga har eigen framdrift.',
      en:
        'Sea time on a mobile unit is used differently depending on whether the unit has its own propulsion:\n\n' +
        '• With its own propulsion: can be used to renew your certificate and to apply for a higher certificate.\n' +
        '• Without its own propulsion: can be used to maintain the certificate class you already hold.\n\n' +
        'These positions are accepted:\n' +
        '• control room operator (kontrollromsoperatør), equivalent to officer in charge of a navigational watch\n' +
        '• stability section leader (stabilitetssjef), equivalent to chief mate\n' +
        '• platform manager (plattformsjef), equivalent to master\n\n' +
        'The sea-time confirmation must state whether the unit has its own propulsion.',
    },
  },
} satisfies Localized<TopicGroup<'seatime'>>;
