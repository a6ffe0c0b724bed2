/**
 * Topic titles and answers in English. Same coverage as `nb.ts`: every statement comes from the
 * Sdir seed documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`.
 * For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import type { TopicTexts } from '../types.js';

/** Titles and answers per topic, in English. */
export const topicsEn = {
  'manning.which-vessels': {
    title: 'Manning certificate: which vessels',
    answer:
      'These Norwegian vessels must have a manning certificate (minimum safe manning document) issued by the Norwegian Maritime Authority:\n\n' +
      '• passenger ships of any size\n' +
      '• cargo ships of 50 gross tonnage (GT) or more\n' +
      '• fishing vessels with a length (L) of 24 metres or more, whatever the trading area\n\n' +
      'Ships used only for training and education, and ships in pilot or rescue service, are covered only as far as the Authority decides in each individual case (Manning Regulations § 1).\n\n' +
      'Answer a few short questions about the vessel and I will check what applies.',
  },
  'manning.how-to-apply': {
    title: 'Applying for a manning certificate',
    answer:
      "Until the Norwegian Maritime Authority has a new digital service in place, the company applies with forms KS-0308, KS-0308-1 and KS-0308-2. These are the application form and the check forms for minimum safe manning, and you find them in the form catalogue on the Authority's website.\n\n" +
      'Fill in the forms and send them as attachments in an e-mail to post@sdir.no.\n\n' +
      'My sources say nothing about how long such applications take. If you need to know, ask the Authority at post@sdir.no.',
  },
  'manning.stcw-update': {
    title: 'Updating the manning certificate after the STCW revision',
    answer:
      'If the company has been ordered to update its manning certificate after the revision of the STCW Convention, the shipowner must apply to the Norwegian Maritime Authority for an updated certificate.\n\n' +
      'If the application only concerns updated qualification requirements for positions already listed in the manning certificate, do not use the usual form. Send it by e-mail to post@sdir.no instead, or by post to Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND, Norway.\n\n' +
      'The application must include:\n' +
      "• the ship's name, call sign and IMO number\n" +
      '• a copy of the current manning certificate',
  },
  'manning.d6-update': {
    title: 'Updating the manning certificate to include D6',
    answer:
      'If the company wants D6 (deck officer class 6) in its manning certificate, the shipowner must apply to the Norwegian Maritime Authority for an updated manning certificate.\n\n' +
      "Send the application by e-mail to post@sdir.no or by post to Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND, Norway. Give the ship's name, call sign and IMO number.\n\n" +
      'Remember that D6 only applies on ships under 500 GT in the trading area liten kystfart (limited coastal trade), and not on passenger ships or fishing vessels. Ask me about D6 privileges if you want to check a particular position.',
  },
  'manning.repositioning': {
    title: 'Manning during repositioning',
    answer:
      'When the ship is being relocated without cargo and without passengers, and is not on an assignment, the company can decide together with the master what manning is needed.\n\n' +
      'The manning must in any case be safe and sound (Manning Regulations § 13).',
  },
  'manning.day-schedule': {
    title: 'What does "dagordning" (day schedule) mean?',
    answer:
      '"Dagordning" (day schedule) does not limit what time of day the ship may operate. It means that everyone working on board has the same normal working hours, and that rest is also taken in common periods.\n\n' +
      'Rest is taken while the ship is moored at the quay. A ship on a day schedule therefore cannot operate around the clock.\n\n' +
      'Circular RSV 08-2015 has more on which working arrangements can be used as a basis when applying to have the safe manning set.',
  },
  'manning.lay-up': {
    title: 'Manning in lay-up',
    answer:
      'The Norwegian Maritime Authority does not decide how much crew an individual ship needs while it is in warm or cold lay-up. Safe operation of the ship is the responsibility of the company and the master.\n\n' +
      'How many people are needed on board depends on things like the lay-up location, the security level, whether the lay-up is warm or cold, and local requirements.\n\n' +
      'General safety and security requirements for ships in lay-up are in circular RSV 01-2016, "Guidelines for Norwegian ships in lay-up – exemption from the annual fee for ships in lay-up".',
  },
  'manning.moored': {
    title: 'Manning while moored at the quay',
    answer:
      'No. The manning in the manning certificate is the minimum for when the ship leaves port and goes to sea.\n\n' +
      'While the ship is moored in port, the master decides together with the company how many people must be on board. This crew must be able to keep the watch required in port (Regulations on watchkeeping on passenger and cargo ships, part 4).\n\n' +
      'The Norwegian Maritime Authority does not have to comment on or approve the manning that the master and the company agree on while the ship is alongside.',
  },
  'manning.other-duties': {
    title: 'Other duties for the safety crew',
    answer:
      'Yes, as long as safety comes first. Crew members who are part of the safe manning must carry out safety-related tasks as their first priority. Once those are done and there is time to spare, the company is free to give them other tasks.\n\n' +
      'For example, someone in the safe manning may sell tickets during the crossing, as long as this does not come at the expense of their safety-related tasks.\n\n' +
      'The company has a duty to keep assessing the manning needs and to make sure the ship is operated within the limits of the regulations.',
  },
  'manning.expiry': {
    title: 'Does the manning certificate expire?',
    answer:
      'No. A manning certificate is issued without a time limit, unless it is a temporary manning certificate.\n\n' +
      'The exception is if changes in national or international regulations make it necessary to change a certificate that has already been issued.\n\n' +
      'My sources do not say how long a temporary manning certificate is valid. Ask the Norwegian Maritime Authority at post@sdir.no.',
  },
  'manning.accepted-certificates': {
    title: 'Are certificates other than those listed accepted?',
    answer:
      'Not only those. The requirements for the master and mates in the manning certificate are set according to the trading area stated in it. If the vessel operates in a lower trading area than the manning certificate states, a lower certificate class can be used, as long as the certificate gives sufficient privileges for the position.\n\n' +
      'Every manning certificate also has a footnote: the certificate codes are national codes with the STCW reference in brackets, and other certificates may be accepted if they give sufficient privileges for the position. Always check the individual certificate for any limitations.',
  },
  'manning.engine-knowledgeable': {
    title: 'What does "the master shall be engine-knowledgeable" mean?',
    answer:
      'The Qualification Regulations do not say what is required to be "maskinkyndig" (engine-knowledgeable). The company must define this in its safety management system.\n\n' +
      "So to find out what applies on your vessel, look in the company's safety management system.",
  },
  'cook.required': {
    title: "When is a ship's cook required?",
    answer:
      "A ship's cook is required on vessels where the safe manning is 10 persons or more.\n\n" +
      "Tell me how many persons the safe manning consists of, and I will tell you whether the vessel must have a ship's cook.",
  },
  'cook.qualification': {
    title: "Requirements for a ship's cook",
    answer:
      "The requirements for a ship's cook are in § 52 of the Qualification Regulations:\n\n" +
      '• The cook must be at least 18 years old and have education and training relevant to the position.\n' +
      "• Relevant education means the restaurant and food-processing programme in the Norwegian Directorate for Education and Training's course structure, or equivalent education recognised by another country's authorities, with a passed practical test.\n" +
      "• If the safe manning is fewer than 10 persons, the company may use a cook without such education if it documents a check of the person's cooking skills. The check must at least cover cooking, nutrition and food hygiene, including handling and storage of food. On a ship with no safe manning, the same applies where the crew is fewer than 10 persons.\n\n" +
      'Answer a few questions and I will check whether the cook meets the requirements.',
  },
  'd6.privileges': {
    title: 'D6: what the certificate allows',
    answer:
      'D6 (deck officer class 6) allows you to serve on ships under 500 GT in the trading area liten kystfart (limited coastal trade), but not on passenger ships or fishing vessels:\n\n' +
      '• as officer in charge of a navigational watch or chief mate on ships with a length (L) under 24 metres\n' +
      '• as master on ships with a length overall under 15 metres\n\n' +
      'If you are at least 20 years old and have at least 12 months of sea time as officer in charge of a navigational watch on ships of 8 metres length overall or more, you may also serve as master on ships with a length (L) under 24 metres in liten kystfart (Qualification Regulations § 23).\n\n' +
      'A D6 certificate is only valid together with a valid health certificate. Answer a few questions and I will check whether D6 covers the position.',
  },
  'ratings.lettmatros': {
    title: 'Requirements for ordinary seaman (lettmatros)',
    answer:
      'An ordinary seaman (lettmatros) must have six months of service on deck (Qualification Regulations § 78).\n\n' +
      'Practical training, work experience in mechanical or maritime trades, or relevant service on mobile units can count as service.\n\n' +
      'Tell me your service time and I will check whether you meet the requirement.',
  },
  'ratings.smorer': {
    title: 'Requirements for oiler (smører)',
    answer:
      'An oiler (smører) must have at least six months of service in the engine room (Qualification Regulations § 77).\n\n' +
      'Practical training, work experience in mechanical or maritime trades, or relevant service on mobile units can count as service.\n\n' +
      'Tell me your service time and I will check whether you meet the requirement.',
  },
  'ratings.maskinpasser': {
    title: 'Requirements for engine rating (maskinpasser) and motorman',
    answer:
      'An engine rating (maskinpasser) must have at least six months of service in the engine room, plus 30 months of service as described in § 77 on oilers (Qualification Regulations § 80).\n\n' +
      'The same requirement applies to a motorman who is not required to hold a motorman proficiency certificate and has no trade certificate (fagbrev).\n\n' +
      'Tell me your service time and I will check whether you meet the requirement.',
  },
  'ratings.maskinpasser-lettmatros': {
    title: 'Requirements for the combined engine rating and ordinary seaman',
    answer:
      'A maskinpasser-lettmatros (combined engine rating and ordinary seaman) must meet the requirements for both positions:\n\n' +
      '• engine rating (Qualification Regulations § 80): at least six months of service in the engine room and 30 months of service as described in § 77\n' +
      '• ordinary seaman (§ 78): six months of service on deck\n\n' +
      'Tell me your deck and engine-room service and I will check whether you meet both requirements.',
  },
  'ratings.matros': {
    title: 'Requirements for able seaman (matros)',
    answer:
      'To serve as able seaman (matros) on a seagoing ship of 500 GT or more, you must hold the able seaman proficiency certificate (Qualification Regulations § 34).\n\n' +
      'If the vessel has trading area 2 or lower, or is under 500 GT, the manning certificate states no certificate requirement for able seaman. For an able seaman who does not need the proficiency certificate, § 79 applies:\n' +
      '• Without a trade certificate: at least one year of service as ordinary seaman and two years of service as referred to in § 78. Service in a position that includes deck duties, or relevant service on a mobile unit, can replace the time as ordinary seaman.\n' +
      '• With a trade certificate as able seaman: one year of service on deck.\n\n' +
      'Answer a few questions and I will check what applies to you.',
  },
  'seatime.how-to-document': {
    title: 'Documenting sea time',
    answer:
      'You can document sea time in one of three ways:\n\n' +
      '• the company reports your sea time electronically\n' +
      '• a sea-time confirmation (fartstidsattest) from the company\n' +
      "• a copy of your seaman's book\n\n" +
      "The seaman's book must be filled in correctly, including the date you signed off. If that is missing, the Norwegian Maritime Authority needs a sea-time confirmation from the company instead.\n\n" +
      'Only sea time reported electronically makes automatic processing possible.',
  },
  'seatime.who-can-confirm': {
    title: 'Who can confirm sea time?',
    answer:
      'A sea-time confirmation can be written by any of these, as long as they are connected with the vessel:\n\n' +
      "• a representative of the company's office\n" +
      '• the master on board\n' +
      '• the owner or a co-owner\n' +
      '• the accountant or auditor\n\n' +
      'You can never confirm your own sea time, whichever of these roles you hold. This applies even if you own the boat or run the business: the sea time must be confirmed by the employer.',
  },
  'seatime.confirmation': {
    title: 'What a sea-time confirmation must contain',
    answer:
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
  'seatime.calculate': {
    title: 'Calculating sea time',
    answer:
      'Sea time is counted hour by hour: sea-time days = hours worked on board ÷ 1867 × 365. The figure 1867 is the hours in a normal working year of 8-hour days, so one sea-time day equals about 5.1 hours. Overtime gives no extra.\n\n' +
      'Example: 12 hours on board a day gives about 2.35 sea-time days per calendar day. At most 14 hours per day can be counted, and 1 month counts as 30 days.\n\n' +
      'This calculation is used in every decision on personal certificates from 1 July 2016, whenever the sea time was earned.\n\n' +
      'Give me the number of hours, or days and hours per day, and I will calculate the sea time.',
  },
  'seatime.what-counts': {
    title: 'What counts as sea time?',
    answer:
      'Only working time on board the vessel counts as sea time. That is time connected with the boat, such as sailing, mooring, operation and maintenance. Sea time is counted in hours on board, and at most 14 hours per day can count.\n\n' +
      'Time while the vessel is moored and you are working ashore or on a fish farm does not count as sea time.',
  },
  'seatime.positions': {
    title: 'Which position to register sea time under',
    answer:
      'Sea time is registered under the position you actually hold on board, for example master, navigator or ordinary seaman. It does not have to be the same as the job you are employed in.\n\n' +
      '• Only one person can be registered as master at a time. The master (captain) has the highest authority on board, and it must always be clear who that is while the boat is in operation.\n' +
      '• Employees with D6 who are not the master can be registered as navigator.\n' +
      '• Others earning sea time towards D6 can, for example, be registered as ordinary seaman.\n\n' +
      'Fish-farm titles such as "røkter" (fish-farm operator) or "akvatekniker" (aquaculture technician) are not relevant for D6, and sea time cannot be registered under them in the Authority\'s system.',
  },
  'seatime.employer-reporting': {
    title: 'Employer reporting of sea time',
    answer:
      'Only the employer can report sea time electronically, through "Min side kvalifikasjoner" (Altinn, role "samferdsel") or through the API. Neither the Norwegian Maritime Authority nor you as applicant can register it.\n\n' +
      '• The employer decides how often sea time is reported. Agree in advance that it is up to date before you apply, so processing goes faster.\n' +
      '• Some employers only report the sea time needed for the certificate, so not all your time at sea is necessarily registered.\n' +
      '• Reported sea time is shown when you log in to "Min side sjøfolk".\n' +
      '• If something is wrong, tell your employer, who must contact the Authority to have it corrected.',
  },
  'seatime.electronic-vs-manual': {
    title: 'Electronic reporting or a manual sea-time confirmation',
    answer:
      'The company decides whether to report sea time electronically or confirm it in a manual sea-time confirmation. For you as applicant the difference is large:\n\n' +
      '• Electronically reported sea time makes automatic processing possible, and it is shown on "Min side sjøfolk".\n' +
      '• With a manual confirmation, processing can take up to a month. You must upload the confirmation as an attachment and need a new one every time you apply. The information usually does not appear on "Min side sjøfolk" either, even if the confirmation is approved.\n\n' +
      'Applications with documentation uploaded by hand always go to manual processing.',
  },
  'seatime.mobile-units': {
    title: 'Sea time on mobile units',
    answer:
      'Sea time on a mobile unit is used differently depending on whether the unit has its own propulsion:\n\n' +
      '• With its own propulsion: can be used to renew your certificate and to apply for a higher certificate.\n' +
      '• Without its own propulsion: can be used to maintain the certificate class you already hold.\n\n' +
      'These positions are accepted:\n' +
      '• control room operator (kontrollromsoperatør), equivalent to officer in charge of a navigational watch\n' +
      '• stability section leader (stabilitetssjef), equivalent to chief mate\n' +
      '• platform manager (plattformsjef), equivalent to master\n\n' +
      'The sea-time confirmation must state whether the unit has its own propulsion.',
  },
  'deck.first-issue': {
    title: 'Sea-time requirements for a first D5, D4 or D3',
    answer:
      'For a first D5, D4 or D3 there are three alternative sea-time requirements:\n\n' +
      '• 36 months (1080 days) on seagoing ships of 15 metres length overall or more. Six of the months must include bridge watchkeeping, and at least 30 days must be earned after the diploma. You also need an assessment by an approved assessor. If you apply for D5, this is the only alternative, because there is no approved systematic training for D5.\n' +
      '• 12 months (360 days) in an approved training programme on board seagoing ships of 15 metres length overall or more, documented in webcadet or the ISF cadet book.\n' +
      '• 6 months (180 days) in such a training programme, plus a trade certificate as able seaman or fisherman.\n\n' +
      'Answer a few questions and I will check whether you meet one of the alternatives.',
  },
  'deck.master-rights': {
    title: 'Master privileges in D5, D4 and D3',
    answer:
      'A first-issue D5, D4 or D3 certificate comes without master privileges.\n\n' +
      'To get master privileges, apply for renewal of the certificate based on at least 12 months of sea time in a position requiring the certificate, earned after the certificate was first issued. You must also be at least 20 years old.\n\n' +
      'Answer a few questions and I will check whether you can get master privileges.',
  },
  'deck.cadet': {
    title: 'When can a cadet apply for a certificate?',
    answer:
      'As a cadet you can apply for a deck officer certificate once at least 4 months (120 days) of your sea time with systematic training have been earned after the final diploma for the certificate you are applying for was issued.\n\n' +
      'You cannot start systematic training until you hold at least the diploma for D5. The training is documented in an approved electronic cadet book (webcadet) or the ISF cadet book. Questions about webcadet go to the maritime training office (maritimt opplæringskontor).\n\n' +
      'Answer a few questions and I will check whether your sea time is enough.',
  },
  'deck.foreign-cadet': {
    title: 'Cadet berths with foreign companies or flags',
    answer:
      'Yes, the Norwegian Maritime Authority approves cadet berths with a foreign company or on a ship not flying the Norwegian flag, if one of these conditions is met:\n\n' +
      '• The assessor holds a Norwegian certificate and an assessor qualification document issued by the Authority. Citizenship does not matter.\n' +
      '• The competence of the master or the person responsible for training is documented with a copy of their national certificate and any endorsement, and the assessment is carried out on a vessel with a Norwegian-approved assessor.\n\n' +
      'If you use the ISF cadet book, the assessor must sign all tasks in "section 7".',
  },
  'health.certificate': {
    title: 'Health certificate for seafarers',
    answer:
      "A seafarer's health certificate is valid for up to 2 years, or up to 1 year if you are under 18. The doctor may set a shorter validity, or limit it to a trading area, a period or a position. The old rule of 1 year for certain age groups on fishing vessels was repealed in 2014.\n\n" +
      "A D6 certificate is not valid without a valid health certificate. Limitations in the health certificate are not shown on the D6 certificate, but you must still follow them. The health certificate is issued by an approved seafarers' doctor.\n\n" +
      'Tell me when the health certificate was issued and I will check how long it is valid.',
  },
  'aps.processing': {
    title: 'Automatic or manual processing of your application',
    answer:
      'A certificate application can be issued automatically, or picked for a spot check, when the requirements have been reported electronically by the right source:\n\n' +
      '• sea time and additional competence: the company\n' +
      '• courses: the course centre\n' +
      '• assessment: the assessor\n' +
      '• education: through the API or "Min side kvalifikasjoner"\n' +
      "• health certificate: the seafarers' doctor\n\n" +
      'Applications with documentation uploaded by hand always go to manual processing. You attach your photo and signature yourself.\n\n' +
      'Tell me which documents you uploaded as attachments, and I will explain how the application will be processed.',
  },
  'aps.processing-time': {
    title: 'Processing time',
    answer:
      'My sources give no fixed processing time for certificate applications. This is what I know:\n\n' +
      '• If everything is reported electronically, the application can be processed automatically. The first certificate issued automatically, in September 2023, took 47 seconds.\n' +
      '• If sea time is confirmed in a manual sea-time confirmation, processing can take up to a month.\n' +
      '• If your employer has reported up-to-date sea time before you apply, it goes faster, and you avoid a letter saying sea time is missing.\n\n' +
      'For the processing time of your own application, contact the Norwegian Maritime Authority at post@sdir.no.',
  },
  'aps.digital-certificates': {
    title: 'Digital certificates and the app',
    answer:
      'Digital certificates are accepted on board Norwegian vessels in Norwegian waters. The Norwegian Maritime Authority has also developed its own app for showing the certificate.\n\n' +
      'For digital certificates to take full effect internationally, IMO must change its rules. My sources do not say what applies on board outside Norwegian waters, nor where the app can be downloaded. Ask the Authority at post@sdir.no about this.',
  },
  'isps.process': {
    title: 'ISPS certification (ISSC)',
    answer:
      'For ships without a Norwegian ISSC, certification works like this:\n\n' +
      '• The company prepares a ship security assessment (SSA) and a ship security plan (SSP) under SOLAS, the ISPS Code, Regulation (EC) No 725/2004 and the Norwegian regulations on ship and port facility security.\n' +
      '• The company security officer (CSO) requests a verification through Altinn, at least three months before the wanted date.\n' +
      '• The Norwegian Maritime Authority appoints an ISPS inspector, who contacts the CSO and sends a verification notice.\n' +
      '• The CSO sends the SSA and SSP to the inspector for approval. The documents are handled confidentially.\n' +
      '• The inspector carries out a verification on board. If the requirements are met, an interim ISSC (I-ISSC) is issued.\n\n' +
      'Once the SSP is approved, the CSO requests an initial verification through Altinn. If all is in order, a full-term ISSC valid for up to 5 years is issued.',
  },
  'isps.interim': {
    title: 'Interim ISSC (I-ISSC)',
    answer:
      'An interim ISSC (I-ISSC) is valid for at most 6 months and cannot be extended.\n\n' +
      'Together with the I-ISSC the ship must have an original letter from the Norwegian Maritime Authority confirming that the ship security assessment (SSA) and ship security plan (SSP) have been received for review and approval. The letter must be kept on board with the certificate.\n\n' +
      'Give me the date of issue and I will work out the latest possible expiry date.',
  },
  'isps.verification-dates': {
    title: 'ISSC: intermediate verification and renewal',
    answer:
      'A full-term ISSC is valid for up to 5 years.\n\n' +
      "• The intermediate verification must take place between the second and third anniversary of the certificate's validity date. It is requested through Altinn.\n" +
      '• The renewal verification must take place before the certificate expires. If it is done up to 3 months before expiry, the new expiry date is the old expiry date plus five years. If it is done more than 3 months before, the new expiry date is the verification date plus five years.\n\n' +
      'The Norwegian Maritime Authority may also require additional verifications when needed.\n\n' +
      'Give me the dates and I will work out the window or the new expiry date.',
  },
  'isps.invalid': {
    title: 'When the ISSC must be returned',
    answer:
      'The ISSC must be returned to the Norwegian Maritime Authority when:\n\n' +
      '• the verifications have not been carried out as required by the ISPS Code A19.1.1, or the certificate has not been endorsed under A19.1.1.3 and/or 19.3.7.1\n' +
      '• another company takes over the operation of the ship\n' +
      '• the ship changes flag',
  },
  'isps.electronic-plan': {
    title: 'Electronic ship security plan (SSP)',
    answer:
      'Yes, the Norwegian Maritime Authority accepts an electronic ship security plan. The original approval letter with any attachments, stamped and signed, must still be available on board, together with the certificate and the electronic plan.\n\n' +
      'Once the security plan is approved, the company receives a stamped and signed front page and table of contents, and an original approval letter showing the date of the first approval. The letter must accompany the certificate for as long as it is valid under the Norwegian flag.',
  },
  contact: {
    title: 'Contact the Norwegian Maritime Authority',
    answer:
      'This is how to reach the Norwegian Maritime Authority (Sjøfartsdirektoratet):\n\n' +
      '• general questions: e-mail post@sdir.no\n' +
      '• questions about the reporting API: apiinfo@sdir.no\n' +
      '• letters: Sjøfartsdirektoratet, Postboks 2222, 5509 HAUGESUND, Norway\n\n' +
      'If you want an answer from a person at the Authority, e-mail to post@sdir.no is the way to go. I have no phone number in my sources.',
  },
  fallback: {
    title: 'Outside what I can answer',
    answer:
      'Sorry, I cannot answer that reliably. The question is outside what I have trustworthy sources on, and I do not want to guess.\n\n' +
      'The Norwegian Maritime Authority can help you: send an e-mail to post@sdir.no.\n\n' +
      "You can also ask me about manning certificates, sea time, seafarers' certificates, health certificates or ISPS certification.",
  },
} satisfies TopicTexts;
