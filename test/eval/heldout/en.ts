/**
 * Held-out questions in English, written as seafarers and foreign shipowners type them, often with
 * Norwegian names inside (Min side, Sjøfartsdirektoratet, place names, Norwegian terms). Never train on these.
 */
import { type HeldOutCase, type QuestionsByTopic, toCases } from './types.js';

const BY_TOPIC: QuestionsByTopic = {
  'manning.which-vessels': [
    'Which vessels need a manning certificate from the Norwegian Maritime Authority?',
    'Does a 40 GT workboat under Norwegian flag need a minimum safe manning document?',
    'We are a Dutch company moving a 31 m trawler to the Norwegian flag. Will it need a bemanningssertifikat from Sjøfartsdirektoratet?',
    'is a safe manning cert required for a small passenger boat (12 m) doing fjord sightseeing out of Geiranger?',
    "Hi, I'm starting a small water taxi business in Tromsø. The boat is 10.5 m and will carry up to 11 passengers. Does it need a manning certificate?",
  ],
  'manning.how-to-apply': [
    'How do we apply for a minimum safe manning document?',
    'Dear Sir/Madam,\n\nWe are taking over technical management of a Norwegian-flagged chemical tanker and must apply for safe manning. Which forms should we use and where do we send them?\n\nBest regards,\nCapt. J. de Vries\nRotterdam',
    'KS-0308 form - where do I send it',
    'Is there an online portal for applying for a manning certificate or is it all by e-mail?',
  ],
  'manning.stcw-update': [
    'We were told to update our manning certificate because of the STCW revision. What do we need to send?',
    'stcw amendments update safe manning document procedure',
    'Our safe manning document needs its qualification requirements brought in line with the revised STCW convention. Do we have to fill in the whole application form again, or is an e-mail enough?',
    'Good morning,\nSdir has asked us (owners of MV Nordkyn) to update the manning certificate after the STCW revision. What exactly should we submit?\nKind regards\nAnna Müller, Hamburg',
  ],
  'manning.d6-update': [
    'How do we get D6 added to our minimum safe manning document?',
    'Our skipper holds a D6. What must the request to update the manning certificate to D6 include?',
    'update bemanningssertifikat with D6 – where to send the request?',
    'we want D6 on the manning certificate of our 14 m workboat, what info do you need from us',
  ],
  'manning.repositioning': [
    'Do we need full safe manning when we reposition the vessel without cargo or passengers?',
    'The ferry sails empty to a shipyard in Gdańsk next week. Who decides how many crew must be on board for that transit?',
    'manning during relocation voyage, no cargo, no charter',
    'Hello from Esbjerg. We bought a Norwegian-flagged tug and will sail her from Stavanger to Denmark with no tow, cargo or job. Can owner and master agree on a reduced crew for that trip?',
  ],
  'manning.day-schedule': [
    "What does 'dagordning' mean on our manning certificate?",
    "Our safe manning document says the ship operates on a day schedule. Does that mean we can't sail in the evening?",
    'what is dagordning in english',
    'does dagordning limit which hours of the day we can operate',
  ],
  'manning.lay-up': [
    'How many crew must remain on board during cold lay-up?',
    'We plan to put two offshore supply vessels in warm lay-up in Kristiansund. Does Sjøfartsdirektoratet set the minimum manning for the lay-up period?',
    'manning requirements warm layup norway',
    'Hi,\nour cruise vessel will be in cold lay-up in Bergen from October to March. Must all positions in the safe manning document stay on board during that time?\nThanks, Marco',
  ],
  'manning.moored': [
    'Do all positions on the safe manning document have to be on board while the ship is moored at the quay?',
    'alongside in port for the weekend – can half the crew go ashore or must the minimum manning stay on board?',
    'Who decides the manning while the vessel lies alongside in harbour?',
    'do we need full safe manning on board when tied up at the quay in Ålesund overnight?',
  ],
  'manning.other-duties': [
    'Can crew who are part of the safe manning sell tickets on the ferry during the crossing?',
    'Is it allowed for safety crew to help in the cafeteria when there is nothing safety-related to do?',
    'safe manning crew extra tasks allowed?',
    'We operate a car ferry near Molde and our deckhands are part of the minimum safe manning. Can they also do ticketing and help in the kiosk during crossings?',
  ],
  'manning.expiry': [
    'Does the manning certificate have an expiry date?',
    'Our minimum safe manning document was issued in 2012. Is it still valid or do we need to renew it?',
    'how long is a norwegian safe manning certificate valid',
    'manning cert expiry?',
  ],
  'manning.accepted-certificates': [
    'Can certificates other than those listed on the manning certificate be accepted?',
    'The safe manning document requires a D3 for the master, but this season we only trade in fartsområde 2. Can someone with a lower certificate serve as master?',
    'what does the footnote on the manning certificate about other certificates mean',
    'Our chief mate holds a different certificate than the one written on the safe manning document, but it gives the same rights. Is that acceptable?',
  ],
  'manning.engine-knowledgeable': [
    "What does 'fører skal være maskinkyndig' mean?",
    'Our manning document says the master must be engine-knowledgeable. What qualification does that require?',
    'who decides what counts as maskinkyndig',
    'maskinkyndig requirement for the skipper – which course does he need?',
  ],
  'cook.required': [
    'When is a ship’s cook required?',
    'cook needed with 10 crew?',
    'Our supply vessel is Norwegian-flagged, 2,800 GT, and the safe manning is 9 persons. Do we have to carry a ship’s cook?',
    'Hello, we run a passenger catamaran between Bergen and Stavanger with a minimum safe manning of 12. Does the law require a cook on board? Regards, Erik',
    'ships cook requirment when safe manning is 10 or more?',
  ],
  'cook.qualification': [
    'What qualifications does a ship’s cook need?',
    'Can an 18-year-old with a chef apprenticeship from Poland work as ship’s cook on a Norwegian vessel?',
    'we are only 6 on board, can a deckhand do the cooking without cook training? what do we have to document?',
    'Does a cook with culinary education from abroad have to pass a practical test to work as ship’s cook?',
  ],
  'd6.privileges': [
    'What can I work as with a D6 certificate?',
    'Can a D6 holder be master on a 22 m workboat?',
    'd6 valid on fishing vessels?',
    'I’m 21, hold a D6 and have 14 months as officer of the watch on a 12 m boat. Am I allowed to be skipper on a 19 m cargo vessel in liten kystfart?',
    'what are the limits of a D6 licence – tonnage and trading area?',
  ],
  'ratings.lettmatros': [
    'What are the requirements to work as an ordinary seaman?',
    'how much sea service do I need for lettmatros',
    'Does vocational training in mechanical subjects count as service time for an ordinary seaman?',
    'Hi! My son (17) wants to start as a deckhand (lettmatros) on a Norwegian ferry. What service time or training is required?',
  ],
  'ratings.smorer': [
    'What are the requirements for an oiler (smører)?',
    'How many months in the engine room does an oiler need?',
    'requirements smører norwegian ship',
    'I have a trade certificate as an industrial mechanic. Does that count toward the requirements for an oiler?',
  ],
  'ratings.maskinpasser': [
    'What is the qualification requirement for maskinpasser?',
    'How much service does a motorman without a certificate of proficiency or trade certificate need?',
    'engine rating (maskinpasser) – is it 30 months of service?',
    'our safe manning lists a maskinpasser position. what qualification should the person have?',
  ],
  'ratings.maskinpasser-lettmatros': [
    'What are the requirements for the combined position maskinpasser-lettmatros?',
    'Our manning document lists "maskinpasser-lettmatros". Does the crew member need to meet both the engine and the deck requirements?',
    'combined engine rating / ordinary seaman position requirements',
  ],
  'ratings.matros': [
    'Does an able seaman need a certificate of proficiency?',
    'There is no certificate requirement for matros on our safe manning document. What qualifications does the AB need then?',
    'able seaman 500 GT certificate required?',
    'I have a trade certificate as able seaman (fagbrev matros). How much service do I need to sail as matros on a vessel below 500 GT?',
  ],
  'seatime.how-to-document': [
    'How can I document my sea service?',
    'Can I use a copy of my discharge book (sjøfartsbok) as proof of sea time?',
    'ways to prove sea time to sdir',
    'I sailed on three vessels for different companies. What documentation does Sjøfartsdirektoratet accept for my sea time?',
  ],
  'seatime.who-can-confirm': [
    'Who is allowed to sign a sea service confirmation?',
    'I own the boat and run the company. Can I confirm my own sea time?',
    'can our accountant sign the sea time letter?',
    'The company I worked for went bankrupt. Can the captain sign my sea time confirmation instead?',
  ],
  'seatime.confirmation': [
    'What information must a sea service confirmation contain?',
    'Can you help me write a sea time confirmation for one of our deckhands?',
    'does the sea time letter need the call sign and length of the vessel?',
    'Hello,\nwe are a fish farming company on Hitra and need to write a manual sea time confirmation for an employee applying for D6. What must be included?\nBest, Lars',
  ],
  'seatime.calculate': [
    'How many sea-time days is 1250 hours?',
    'My employer says I have 1,500 hours on board in total. How many days of sea service is that?',
    '12 hours a day for 45 days = how much sea time?',
    'convert 360 sea-time days to hours',
  ],
  'seatime.what-counts': [
    'Does maintenance work on board count as sea time?',
    'I’m an aquaculture technician. When the boat is moored at the fish farm and I work on the pens, does that count as sea time?',
    'can I log more than 14 hours of sea time in one day',
    'Does the time I spend driving colleagues to and from the fish farm count as sea service?',
  ],
  'seatime.positions': [
    'Which position should we register sea time under for a fish-farm worker?',
    'Can two people be registered as master on the same boat at the same time?',
    'akvatekniker is not in the position list when reporting sea time – what do we pick?',
    'One of our employees holds a D6 but isn’t the skipper. What position should we register his sea time under?',
  ],
  'seatime.employer-reporting': [
    'Can I register my own sea time on Min side sjøfolk?',
    'The sea time shown on Min side is wrong. Who has to fix it?',
    'how often does the employer have to report sea time',
    'My employer only registered part of my sea time. Can Sdir add the rest for me?',
  ],
  'seatime.electronic-vs-manual': [
    'What is the difference between reporting sea time electronically and writing a manual confirmation?',
    'Why should we report sea service electronically instead of giving the crew paper confirmations?',
    'do I need a new manual sea time confirmation for every application?',
    'electronic vs manual sea time reporting – which gets processed faster?',
  ],
  'seatime.mobile-units': [
    'What is the difference between sea time on a mobile unit with and without propulsion?',
    'I’m a stability section leader on a semi-submersible. Which position does that equal for sea time?',
    'sea time on a drilling rig without own propulsion – can it be used for a higher certificate?',
    'Which job titles on a mobile offshore unit are accepted for sea time?',
  ],
  'deck.first-issue': [
    'What sea time do I need for my first D4?',
    'sea service requirements first time D5',
    'I have a trade certificate as able seaman (fagbrev) and I train with a cadet logbook. How many days of sea time for my first D3?',
    'How many days of sea time do I need for a first D5 without a cadet logbook?',
  ],
  'deck.master-rights': [
    'My new D5 has no master rights. What do I do?',
    'Why doesn’t my first D4 let me serve as master?',
    'how to get master privileges on D3 after first issue',
    'I got my D4 last year and have sailed as chief officer since. How do I get master rights added?',
  ],
  'deck.cadet': [
    'I’m a cadet – when can I apply for my deck officer certificate?',
    'I got my diploma in January and have been sailing as a cadet since. How many days after the diploma before I can apply?',
    'cadet 120 days rule',
    'can I start systematic training as a cadet before I have my diploma?',
  ],
  'deck.foreign-cadet': [
    'Do you approve cadet berths with foreign shipping companies?',
    'I’ve been offered a cadetship on a Marshall Islands-flagged ship. Will Sjøfartsdirektoratet accept it?',
    'foreign flag cadet assessor requirements',
    'Does the assessor have to be a Norwegian citizen if I do my cadetship on a foreign-flagged ship?',
  ],
  'health.certificate': [
    'How long is a seafarer’s health certificate valid?',
    'My medical expired last week. Is my D6 still valid?',
    'I’m 17. How long will my helseerklæring from the sjømannslege last?',
    'Do I have to follow the limitations in my health certificate even though they are not printed on my D6?',
  ],
  'aps.processing': [
    'Will my application be issued automatically?',
    'I applied for D6 through Min side sjøfolk yesterday – will it be approved automatically or does someone have to look at it?',
    'why did my application go to manual processing',
    'Hi, I uploaded my sea time confirmation as an attachment on Min side sjøfolk. Does that mean my application will go to manual processing? Thanks, Tomasz',
  ],
  'aps.processing-time': [
    'How long does it take to process a certificate application?',
    'I applied for my D5 four weeks ago. What is the normal processing time?',
    'processing time sdir certificates',
    'Dear Sjøfartsdirektoratet,\n\nI submitted my application for renewal of my certificate of competency five weeks ago and have had no reply. How long does processing usually take?\n\nKind regards,\nJuan Pérez',
  ],
  'aps.digital-certificates': [
    'Are digital certificates accepted on board?',
    'Is there an app where I can show my certificates?',
    'can I use the digital certificate abroad or only in Norwegian waters?',
    'I’m going to work on a ship trading internationally. Is the digital certificate on my phone enough or do I need the paper one?',
  ],
  'isps.process': [
    'What are the steps for ISPS certification of a ship without a Norwegian ISSC?',
    'We are reflagging a bulk carrier to NIS. How do we get an ISSC from the Norwegian Maritime Authority?',
    'how early should the CSO request the verification in Altinn?',
    'Must the SSP be approved before the initial verification on board?',
  ],
  'isps.interim': [
    'How long is an interim ISSC valid?',
    'Can an interim ISSC be extended?',
    'what letter must accompany the interim ISSC on board',
    'Our interim ISSC expires in 3 weeks and the SSP is still not approved. Can we get more time on it?',
  ],
  'isps.verification-dates': [
    'When must the intermediate ISPS verification take place?',
    'Our ISSC expires on 10 June 2026. If the renewal verification is done on 1 May 2026, what will the new expiry date be?',
    'renewal verification more than 3 months before expiry -> new date?',
    'between which anniversary dates must the intermediate verification be done',
  ],
  'isps.invalid': [
    'When does the ISSC have to be returned to Sdir?',
    'The ship changes flag to Cyprus next month. What happens to the ISSC?',
    'new management company takes over the ship – is the ISSC still valid?',
    'In which cases must the ISSC be handed back?',
  ],
  'isps.electronic-plan': [
    'Does Sdir accept an electronic ship security plan?',
    'If we keep the SSP electronically, what must be on board on paper?',
    'electronic SSP allowed?',
    'Dear all, our Norwegian-flagged vessel keeps the ship security plan only in electronic form. Which documents must we still keep on board on paper?',
  ],
  contact: [
    'How do I contact Sjøfartsdirektoratet?',
    'Can I talk to a real person?',
    'Where do I send questions about the API?',
    'what is your email address',
    'is there a phone number for the Norwegian Maritime Authority',
  ],
};

/** English in-scope held-out cases. */
export const EN_CASES: readonly HeldOutCase[] = toCases('en', BY_TOPIC);
