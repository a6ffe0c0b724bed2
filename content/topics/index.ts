/** Every topic's title and answer, in bokmål, nynorsk and English (one file per group of topics). */
import type { Localized } from '../localized.js';
import type { TopicTexts } from '../types.js';
import { apsTopics } from './aps.js';
import { contactTopics } from './contact.js';
import { cookTopics } from './cook.js';
import { d6Topics } from './d6.js';
import { deckTopics } from './deck.js';
import { fallbackTopics } from './fallback.js';
import { healthTopics } from './health.js';
import { ispsTopics } from './isps.js';
import { manningTopics } from './manning.js';
import { ratingsTopics } from './ratings.js';
import { seatimeTopics } from './seatime.js';

export const TOPIC_TEXTS = {
  ...manningTopics,
  ...cookTopics,
  ...d6Topics,
  ...ratingsTopics,
  ...seatimeTopics,
  ...deckTopics,
  ...healthTopics,
  ...apsTopics,
  ...ispsTopics,
  ...contactTopics,
  ...fallbackTopics,
} satisfies Localized<TopicTexts>;
