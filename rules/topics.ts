/**
 * The topic catalogue's ids (`shared/spec/topics.md`): what users ask about. Every rule names the
 * topics it answers; understanding/ ranks them; content/ words them; the chat API's `topic` field
 * carries them.
 */
export const TOPIC_IDS = [
  'manning.which-vessels',
  'manning.how-to-apply',
  'manning.stcw-update',
  'manning.d6-update',
  'manning.repositioning',
  'manning.day-schedule',
  'manning.lay-up',
  'manning.moored',
  'manning.other-duties',
  'manning.expiry',
  'manning.accepted-certificates',
  'manning.engine-knowledgeable',
  'cook.required',
  'cook.qualification',
  'd6.privileges',
  'ratings.lettmatros',
  'ratings.smorer',
  'ratings.maskinpasser',
  'ratings.maskinpasser-lettmatros',
  'ratings.matros',
  'seatime.how-to-document',
  'seatime.who-can-confirm',
  'seatime.confirmation',
  'seatime.calculate',
  'seatime.what-counts',
  'seatime.positions',
  'seatime.employer-reporting',
  'seatime.electronic-vs-manual',
  'seatime.mobile-units',
  'deck.first-issue',
  'deck.master-rights',
  'deck.cadet',
  'deck.foreign-cadet',
  'health.certificate',
  'aps.processing',
  'aps.processing-time',
  'aps.digital-certificates',
  'isps.process',
  'isps.interim',
  'isps.verification-dates',
  'isps.invalid',
  'isps.electronic-plan',
  'contact',
  'fallback',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

/** Topics a user can be routed to by what they ask (all but the fallback). */
export type RoutableTopicId = Exclude<TopicId, 'fallback'>;

const TOPIC_ID_SET: ReadonlySet<string> = new Set(TOPIC_IDS);

/** True when `id` names a topic of the catalogue. */
export const isTopicId = (id: string): id is TopicId => TOPIC_ID_SET.has(id);
