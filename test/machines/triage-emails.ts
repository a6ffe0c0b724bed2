/**
 * Realistic e-mails to post@sdir.no for the staff triage tests, written for this suite: bokmål,
 * nynorsk and English; greetings, signatures, identity numbers, phone numbers, two questions, a
 * forwarded chain, urgent ones. The identity numbers are made up but valid (check digits), so an
 * age can be derived from them. "Today" for all of them is `TODAY`.
 */

export const TODAY = '2026-03-10';

/** Personal data in the e-mails that must never appear in a draft or the page. */
export const PERSONAL = {
  minorId: '14050851266',
  adultId: '03079512302',
  phones: ['912 34 567', '+47 55 12 34 56', '+47 77 12 34 56', '98765432', '400 12 345', '+47 930 11 222'],
  emails: ['sara.nilsen@example.no', 'kari@example.no', 'lars@moetransport.no', 'tom.smith@example.com'],
} as const;

export const EMAILS = {
  /** bokmål; the health certificate asked about only in doubt («tror jeg»), beside a plain question; urgent sign-on. */
  doubtAndQuestion: `Hei,

Jeg har en helseerklæring utstedt 10.12.2025, jeg var 17 år da. Den går snart ut tror jeg, og jeg skal mønstre på 20. mars. Haster!
Og kan jeg jobbe som lettmatros med 8 måneder som dekksmann?

Mvh Per Hansen, ${PERSONAL.phones[3]}`,

  /** bokmål; own header with subject; a minor's identity number gives the age; phone and e-mail in the signature. */
  healthMinor: `Emne: Helseerklæring - gyldighet

Hei,

Jeg heter Sara og skal begynne som dekksgutt på en arbeidsbåt i Ålesund. Helseerklæringen min ble utstedt 2. april 2025 hos sjømannslegen. Fødselsnummeret mitt er ${PERSONAL.minorId}, hvis dere trenger det.

Hvor lenge er helseerklæringen gyldig? Jeg har hørt at den gjelder i to år, men er usikker på om det gjelder meg også.

Takk for hjelpen!

Med vennlig hilsen
Sara Nilsen
Tlf: ${PERSONAL.phones[0]}
${PERSONAL.emails[0]}`,

  /** bokmål; two questions on different topics; company signature with phone. */
  isscAndProcessingTime: `Hei,

Vi er et lite rederi i Bergen med ett lasteskip under norsk flagg. Skipet har et fullt ISSC utstedt 10. mai 2024, og vi planlegger verftsopphold neste år.

Når må den mellomliggende verifikasjonen gjennomføres?

I tillegg har vår nye styrmann søkt om D5 for tre uker siden, og han lurer på når han kan regne med svar. Hvor lang tid tar behandlingen av en sertifikatsøknad?

Mvh
Per Hansen
Driftssjef, Vestkyst Shipping AS
${PERSONAL.phones[1]}`,

  /** English; asks what a confirmation must contain, with some figures: the content list, never "missing fields". */
  confirmationContents: `Dear Sir or Madam,

We are a small fishing company in Tromsø. One of our deckhands has worked on board our vessel for 120 days at 12 hours per day this season, and he now wants to apply for a D6 certificate. We have never written a sea-time confirmation before.

What must a sea-time confirmation contain for you to accept it?

Best regards,
John Olsen
Olsen Fiskeri AS
Phone ${PERSONAL.phones[2]}`,

  /** English; "URGENT" and an interim ISSC that runs out in five days. */
  interimUrgent: `Subject: URGENT - interim ISSC

Hello,

Our ship received an interim ISSC (I-ISSC) issued on 15 September 2025 after the verification in Rotterdam. When does it expire at the latest, and can it be extended?

This is urgent as the ship is trading in the North Sea and the company security officer is on leave.

Kind regards
Maria Berg
Deputy CSO`,

  /** nynorsk; the age today bounds the age at issue (an adult then). */
  healthNynorsk: `Hei!

Eg er 45 år og fekk helseerklæringa mi skriven ut 12. januar 2025 hos sjømannslegen i Florø. Kor lenge gjeld ho? Eg skal søkje om D6 no i vår og vil vere sikker på at alt er i orden.

Venleg helsing
Ola Nordmann`,

  /** bokmål; a forwarded chain: the earlier D6 question below "Fra:" and the "> " lines is not a new question. */
  forwardedChain: `Hei igjen,

Takk for svaret om D6. Nå lurer vi på noe annet: sikkerhetsbemanningen på skipet vårt er 12 personer. Må vi ha skipskokk om bord?

Mvh Kari

Fra: Sjøfartsdirektoratet <post@sdir.no>
Sendt: 2. mars 2026 10:14
Til: Kari Lie <${PERSONAL.emails[1]}>
Emne: SV: D6 og skipsfører

Hei,
D6 gir rett til å være skipsfører på skip med største lengde under 15 meter.

> Kan en D6 være skipsfører på en arbeidsbåt på 14 meter? Og hvor lenge gjelder helseerklæringen?
> Hilsen Kari`,

  /** bokmål; vessel data decide; mobile number and e-mail in the signature. */
  manningCargo: `God dag.

Vi har nettopp kjøpt et lasteskip på 45 BT som skal gå under norsk flagg fra sommeren. Skipet skal brukes til godstransport langs kysten av Nordland. Trenger vi bemanningssertifikat for dette fartøyet?

Vennlig hilsen
Lars Moe
Moe Transport AS
Mobil ${PERSONAL.phones[3]}
${PERSONAL.emails[2]}`,

  /** English; every fact for the D6 rule is in the e-mail. */
  d6Master: `Hello,

I hold a D6 certificate and have worked as a deckhand for some years. Our company has a cargo vessel of 120 GT with length overall 14 metres, trading area liten kystfart. May I serve as master on this vessel?

Regards,
Ahmed`,

  /** nynorsk; two questions: a calculation and who may confirm. */
  seaTimeNynorsk: `Hei,

Eg har jobba 200 dagar à 12 timar per dag på ein arbeidsbåt i havbruk. Kor mykje fartstid gir det?

Og kven kan stadfeste fartstida mi? Eg eig båten saman med broren min.

Helsing
Nils`,

  /** bokmål; «haster» and a sign-on in ten days. */
  manualProcessingUrgent: `Hei

Søknaden min om D5 har gått til manuell behandling. Jeg lastet opp fartstidsattesten selv som vedlegg fordi rederiet ikke har rapportert fartstiden. Hvorfor går den til manuell behandling?

Det haster, for jeg skal mønstre på 20. mars 2026.

Hilsen Ingrid
Tlf. ${PERSONAL.phones[4]}`,

  /** English; one question outside the catalogue, one inside. */
  outsideAndExpiry: `Hi,

Two questions from us:

1. How do we register a change of name for our leisure boat in the ship register?

2. Does the manning certificate expire, or is it valid indefinitely?

Thanks in advance,
Emma`,

  /** bokmål; two questions on one subject: is a cook required, and does she qualify. */
  cookTwoQuestions: `Hei,

Sikkerhetsbemanningen om bord er 8 personer. Må vi ha skipskokk?

Vi har uansett ansatt en kokk. Hun er 19 år gammel og har fagbrev i restaurant- og matfag. Oppfyller hun kravene til skipskokk?

Mvh
Rederiet Nordlys AS`,

  /** English; an Outlook "-----Original Message-----" chain: the health question below it is not new. */
  originalMessage: `We have a cargo vessel of 45 GT under the Norwegian flag. Does it need a manning certificate?

Thanks,
Tom

-----Original Message-----
From: Tom Smith <${PERSONAL.emails[3]}>
Sent: Monday, March 2, 2026 9:00 AM
To: post@sdir.no
Subject: health certificate

How long is a health certificate valid for a 17 year old?`,

  /** nynorsk; service time too short. */
  ratingNynorsk: `Hei,

Eg har 4 månader teneste på dekk på ein fraktebåt. Kan eg bli lettmatros?

Helsing Kari`,

  /** bokmål; the issue date is given, the age is truly missing: only that is asked; "haster ikke" is not urgent. */
  healthAgeMissing: `Hei,

Min sønn har fått helseerklæring utstedt 15. februar 2025 og skal på sommerjobb om bord. Hvor lenge gjelder den? Det haster ikke, men vi vil gjerne vite det før sommeren.

Hilsen Tone
${PERSONAL.phones[5]}`,

  /** nynorsk; «snarast», an ISSC expiring in 22 days and a planned renewal verification: the new expiry date. */
  isscRenewalNynorsk: `Hei,

ISSC-sertifikatet til skipet vårt har utløpsdato 1. april 2026. Vi har bestilt fornyingsverifikasjon 20. mars 2026 i Hamburg. Kva blir den nye utløpsdatoen etter fornyinga?

Vi treng svar snarast, sidan skipet skal til Tyskland.

Venleg helsing
Kristin Aas
Reiarlaget Vest`,
} as const;

export type EmailName = keyof typeof EMAILS;
