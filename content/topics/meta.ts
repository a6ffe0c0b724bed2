/**
 * Language-neutral data per topic: the sources its answer rests on and, where there is one, the
 * rule that decides it (`shared/spec/topics.md`, first rule where two are listed).
 * Paragraph refs only where the seeds or facts.md give one; a seed-only statement cites its
 * Sdir document.
 */
import { cite } from '../../rules/sources.js';
import type { TopicMetas } from '../types.js';

/** Citations and rule id per topic. */
export const topicMeta = {
  'manning.which-vessels': {
    citations: [cite('manningRegulations', '§ 1'), cite('sdirManningFaq')],
    rule: 'manning-certificate',
  },
  'manning.how-to-apply': {
    citations: [cite('sdirManningFaq')],
  },
  'manning.stcw-update': {
    citations: [cite('sdirStcwManningCircular'), cite('sdirManningFaq')],
  },
  'manning.d6-update': {
    citations: [cite('sdirManningFaq'), cite('qualificationRegulations', '§ 23')],
  },
  'manning.repositioning': {
    citations: [cite('manningRegulations', '§ 13'), cite('sdirManningFaq')],
  },
  'manning.day-schedule': {
    citations: [cite('sdirManningFaq')],
  },
  'manning.lay-up': {
    citations: [cite('sdirManningFaq')],
  },
  'manning.moored': {
    citations: [cite('sdirManningFaq'), cite('watchkeepingRegulations', 'del 4')],
  },
  'manning.other-duties': {
    citations: [cite('sdirManningFaq'), cite('manningRegulations')],
  },
  'manning.expiry': {
    citations: [cite('sdirManningFaq')],
  },
  'manning.accepted-certificates': {
    citations: [cite('sdirManningFaq')],
  },
  'manning.engine-knowledgeable': {
    citations: [cite('sdirManningFaq'), cite('qualificationRegulations')],
  },
  'cook.required': {
    citations: [cite('sdirManningFaq')],
    rule: 'ship-cook',
  },
  'cook.qualification': {
    citations: [cite('qualificationRegulations', '§ 52'), cite('sdirManningFaq')],
    rule: 'cook-qualification',
  },
  'd6.privileges': {
    citations: [cite('qualificationRegulations', '§ 23'), cite('sdirManningFaq'), cite('sdirSeaTimeMinutes')],
    rule: 'd6-privileges',
  },
  'ratings.lettmatros': {
    citations: [cite('qualificationRegulations', '§ 78'), cite('sdirManningFaq')],
    rule: 'rating-requirements',
  },
  'ratings.smorer': {
    citations: [cite('qualificationRegulations', '§ 77'), cite('sdirManningFaq')],
    rule: 'rating-requirements',
  },
  'ratings.maskinpasser': {
    citations: [
      cite('qualificationRegulations', '§ 80'),
      cite('qualificationRegulations', '§ 77'),
      cite('sdirManningFaq'),
    ],
    rule: 'rating-requirements',
  },
  'ratings.maskinpasser-lettmatros': {
    citations: [
      cite('qualificationRegulations', '§ 80'),
      cite('qualificationRegulations', '§ 78'),
      cite('qualificationRegulations', '§ 77'),
      cite('sdirManningFaq'),
    ],
    rule: 'rating-requirements',
  },
  'ratings.matros': {
    citations: [
      cite('qualificationRegulations', '§ 34'),
      cite('qualificationRegulations', '§ 79'),
      cite('qualificationRegulations', '§ 78'),
      cite('sdirManningFaq'),
    ],
    rule: 'matros',
  },
  'seatime.how-to-document': {
    citations: [cite('sdirSeaTimeFaq'), cite('sdirSeaTimeMinutes')],
  },
  'seatime.who-can-confirm': {
    citations: [cite('sdirSeaTimeFaq'), cite('sdirSeaTimeMinutes')],
  },
  'seatime.confirmation': {
    citations: [cite('sdirSeaTimeFaq'), cite('sdirSeaTimeMinutes'), cite('sdirSeaTimeGuide')],
    rule: 'sea-time-confirmation',
  },
  'seatime.calculate': {
    citations: [cite('qualificationRegulations', '§ 16'), cite('sdirSeaTimeHourByHour'), cite('sdirSeaTimeMinutes')],
    rule: 'sea-time',
  },
  'seatime.what-counts': {
    citations: [cite('sdirSeaTimeMinutes'), cite('sdirSeaTimeGuide'), cite('shipSafetyAct', '§ 24')],
  },
  'seatime.positions': {
    citations: [cite('sdirSeaTimeMinutes')],
  },
  'seatime.employer-reporting': {
    citations: [cite('sdirSeaTimeMinutes'), cite('sdirSeaTimeGuide')],
  },
  'seatime.electronic-vs-manual': {
    citations: [cite('sdirSeaTimeMinutes'), cite('sdirApsPresentation')],
  },
  'seatime.mobile-units': {
    citations: [cite('sdirSeaTimeFaq')],
  },
  'deck.first-issue': {
    citations: [cite('sdirSeaTimeFaq')],
    rule: 'deck-officer-first-issue',
  },
  'deck.master-rights': {
    citations: [cite('sdirSeaTimeFaq'), cite('sdirDeckOfficerTable')],
    rule: 'master-rights',
  },
  'deck.cadet': {
    citations: [cite('sdirSeaTimeFaq')],
    rule: 'deck-officer-first-issue',
  },
  'deck.foreign-cadet': {
    citations: [cite('sdirSeaTimeFaq')],
  },
  'health.certificate': {
    citations: [cite('healthRegulations'), cite('sdirSeaTimeMinutes')],
    rule: 'health-certificate',
  },
  'aps.processing': {
    citations: [cite('sdirApsPresentation')],
    rule: 'aps-processing',
  },
  'aps.processing-time': {
    citations: [cite('sdirApsPresentation'), cite('sdirSeaTimeMinutes')],
  },
  'aps.digital-certificates': {
    citations: [cite('sdirApsPresentation')],
  },
  'isps.process': {
    citations: [cite('sdirIspsProcess'), cite('shipSecurityRegulations'), cite('ispsCode')],
  },
  'isps.interim': {
    citations: [cite('sdirIspsProcess')],
    rule: 'issc-validity',
  },
  'isps.verification-dates': {
    citations: [cite('sdirIspsProcess')],
    rule: 'issc-validity',
  },
  'isps.invalid': {
    citations: [cite('sdirIspsProcess'), cite('ispsCode', 'A19.1.1')],
  },
  'isps.electronic-plan': {
    citations: [cite('sdirIspsProcess')],
  },
  contact: {
    citations: [cite('sdirApsPresentation'), cite('sdirSeaTimeMinutes'), cite('sdirManningFaq')],
  },
  fallback: {
    citations: [],
  },
} satisfies TopicMetas;
