/**
 * English near misses grouped by the family of words they borrow from a topic: working and rest hours
 * next to "what counts as sea time", pensions next to sea time, schools next to the cook's
 * qualification, port security next to ISPS, other countries' and other roles' certificates next to
 * the deck officer's first certificate, lay-up pay next to lay-up manning, medical conditions next to
 * the health certificate, and the families the catalogue does not answer at all (renewals, fees,
 * registers, leisure boats, equipment, radio, pilotage, wages, customs, visas, accidents, login,
 * complaints). Written so that a topic's words alone do not decide the route.
 */

/** Out-of-scope messages, one family per block. */
export const outOfScopeFamiliesEn: readonly string[] = [
  // Working hours and rest (next to seatime.what-counts, whose 14 hours are a cap on counted sea time).
  'is the skipper allowed to make me work 15 hours straight?',
  'Hi, our mate says we must do double shifts all week. How many working hours are legal per day? Regards, Andris',
  'rest hours rules for deckhands on a fishing boat',
  'minimum hours of rest per week on a Norwegian ship',
  'do I get overtime when I work more than 14 hours on board?',
  'how many hours can a cook work in one day without a break',
  // Pensions, retirement, tax and benefits that use the words "sea time".
  'does my sea time give me the right to an early seafarers pension?',
  'how many years of sea time do i need before i can retire',
  'Can I get my sea time from the 1990s counted for the pension fund for seamen?',
  'seafarer tax deduction – does sea time on a foreign ship count?',
  'Will NAV look at my sea time when I apply for sickness benefit?',
  // Schools, courses and exams (Sdir does not run them; reporting courses is aps.processing).
  'which vocational schools teach the ship cook trade?',
  'where can I book a GMDSS course in Norway',
  'BST refresher course dates in Haugesund?',
  'Is there a night class for D5 exams in Tromso?',
  'how much does the basic safety training course cost',
  'Can I fail the ship cook exam and take it again?',
  'What is the pass mark on the D4 theory exam?',
  // Port facilities and ISPS duties that are not a ship's ISSC (next to isps.process).
  'who approves the security plan for a port facility in Norway?',
  'how do I become a port facility security officer',
  'Which security level applies in Norwegian ports right now?',
  'Does every cargo ship flying the Norwegian flag need an ISSC, even small ones?',
  'is ISPS required for a 300 GT fishing vessel?',
  'How do we do a declaration of security with a port?',
  'ISPS training requirements for crew with security duties?',
  // Processing time of things that are not a seafarer's certificate (next to aps.processing-time).
  'How long does it take you to process an interim ISSC application?',
  'processing time for registering a ship in NIS',
  'How long do you take to approve a new passenger ship?',
  'how fast do you process a new manning certificate for our ferry?',
  // Other roles, higher classes and other countries (next to deck.first-issue and d6.privileges).
  'sea time required for engineer officer class 3?',
  'How do I get my first marine engineer certificate (maskinoffiser klasse 4)?',
  'requirements for electro-technical officer certificate',
  'What does it take to get a tanker endorsement for oil tankers?',
  'How many months at sea do I need to go from D2 to D1?',
  'sea time needed for master class 1 on ships over 3000 GT',
  'Danish rules for sea time to become a deck officer?',
  'does Germany require the same sea time as Norway for an officer of the watch?',
  'Can I use my D6 to skipper a boat in Sweden?',
  'Is sea time on a foreign flagged boat accepted towards D6?',
  // Lay-up, crew numbers and fines (next to the manning topics).
  'Do crew get wages while the vessel is in cold lay-up?',
  'Who pays the insurance for a ship laid up in the fjord?',
  'can the company lay off the crew during the lay-up and rehire them in spring?',
  'Can we sail one deckhand short for a single trip if someone is ill?',
  'What is the penalty if we sail with fewer crew than the manning certificate?',
  'can you check if MS Nordlys has a valid manning certificate?',
  'How many crew does a 50 GT cargo boat need on board? Please decide for us.',
  'must the DPA be named in the safe manning document?',
  // Medical conditions (next to health.certificate, which answers validity only).
  'Can I pass the seafarer medical with colour blindness?',
  'I take insulin for diabetes, will the doctor still sign my health certificate?',
  'Will a heart operation stop me from getting a medical certificate?',
  'which eyesight is required for deck officers?',
  'can I appeal if the doctor says I am unfit for sea service?',
  // Renewals, revalidation and fees for certificates.
  'how to revalidate my D3 after five years ashore',
  'renewal of D1 certificate, what courses needed?',
  'my engineer certificate expires next month, how do I renew it?',
  'What does it cost to have my certificate of proficiency renewed?',
  'is there a fee for a replacement seafarer certificate if I lost mine?',
  // Registers, leisure boats, equipment and radio.
  'How do I move my vessel from NOR to NIS?',
  'change of ship name in the register, how?',
  'do I need a licence to drive a 30 foot leisure boat?',
  'speed limit for leisure boats in the harbour',
  'life raft on our workboat, what is the service interval?',
  'Does our fishing boat need AIS on board?',
  'EPIRB registration in Norway, where?',
  'How do I get a short range radio certificate (SRC)?',
  'Is a GOC required on a ship with GMDSS?',
  // Pilotage, wages and contracts, customs and visas.
  'When do we need a pilot in the fjord?',
  'how do I get a pilot exemption certificate (farledsbevis)?',
  'minimum wage for an able seaman on a NIS ship?',
  'Does my employment contract have to follow the MLC?',
  'do I pay customs on tools I bring on board from abroad',
  'does a Filipino AB need a visa to join a ship in Bergen?',
  'work permit for a non-EU cook on a Norwegian ship?',
  // Accidents and reporting them, Min side login, complaints.
  'A crew member was injured on deck yesterday. How do we report the accident?',
  'how to report a near miss to the maritime authority',
  'deadline for reporting a grounding?',
  "I can't log in to Min side with BankID, what do I do?",
  'ID-porten says error when I try to open my page for seafarers',
  'I want to complain about the way my case officer treated me',
  'what is the deadline for appealing a refusal of my certificate?',
  // Second round: the families still answered in cross-validation.
  // Lay-up as employment, insurance and safety, not manning.
  'Are seafarers laid off automatically when the vessel goes into lay-up?',
  'unpaid leave for crew during the winter lay-up, is that allowed?',
  'lay-up insurance for a passenger ferry, who should we ask?',
  'Hi, the company wants to lay off everyone on board during lay-up. Do we have any rights? Regards, the crew',
  'redundancy pay when our ship is laid up for good?',
  // At anchor and ashore leave, not the quay question.
  'at anchor off the coast, may half the crew go ashore?',
  'shore leave rules when the ship is anchored outside the port',
  // Schools and apprenticeships for cooks, not the cook's qualification.
  "where can I study to become a ship's cook?",
  'which school should I go to if I want to cook on ships?',
  'apprenticeship as ship cook, where do I apply?',
  // Port facilities and which ships ISPS covers.
  'who approves the security plan for the port of Bergen?',
  'ISPS for harbours and terminals, who is the authority?',
  'is an ISSC required for a small domestic passenger boat?',
  'how long does the interim ISSC application take to process at your office?',
  // Higher classes, engineers and other countries.
  'sea time requirement for chief mate class 2?',
  'D1 requirements, how many months as chief mate?',
  'engine officer class 2, sea time needed?',
  'sea time rules for an Estonian officer of the watch certificate',
  'does the Netherlands count sea time the same way as Norway?',
  'is my Polish able seaman certificate accepted in Norway?',
  'recognition of a foreign oiler certificate, how?',
  // Named ships, the DPA and medical conditions.
  'please look up whether MS Kystfjord still has a valid manning certificate',
  'DPA name on the safe manning document, required?',
  'hearing requirements for the seafarer medical?',
  'can I work at sea if I take medicine for epilepsy?',
  'diabetes and seafarer health certificate, possible?',
];
