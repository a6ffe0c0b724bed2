/** Losen's own words in English. */
import type { UiTexts } from '../types.js';

export const uiEn = {
  greeting:
    "Hi! I'm Losen. I answer questions about the Norwegian Maritime Authority's regulations, such as manning certificates, ship's cooks, D6, sea time, health certificates and the ISSC. What would you like to know?",
  help: 'Ask in your own words, for example "Does my boat need a manning certificate?" or "How much sea time do 20 days at 12 hours give?". When I ask something, answer in text or tap a choice. Type "back" to correct your last answer, "start over" to begin again, or "talk to a person" to contact the Norwegian Maritime Authority.',
  restarted: "All right, let's start over. What would you like to know?",
  nothingToGoBack: 'There is no answer to go back to yet.',
  goingBack: "All right, let's take the previous question again.",
  notUnderstood: (example) => `I didn't understand that answer. Try it like this, for example: "${example}".`,
  stuck: (example) =>
    `I still don't understand the answer. I need an answer like "${example}". If you prefer, you can contact a case officer at the Norwegian Maritime Authority.`,
  unknownNeeded:
    "Without this I can't give a reliable answer. Look it up (for example in the vessel's certificates), or get help from the Norwegian Maritime Authority.",
  invalidAnswer: (message) => `I can't use that answer: ${message}`,
  clarify: "I'm not quite sure what you're asking. Do you mean one of these?",
  fallbackLead: "I can't answer that question reliably.",
  handoff:
    'You can get help from the Norwegian Maritime Authority: e-mail post@sdir.no (API questions to apiinfo@sdir.no), or write to Sjøfartsdirektoratet, Postboks 2222, 5509 Haugesund, Norway. Feel free to include the summary below.',
  handoffSummaryHeading: 'Summary of the conversation',
  handoffTopic: (title) => `Topic: ${title}`,
  handoffAnswers: 'Information you have given:',
  handoffNothingYet: 'No questions have been answered yet.',
  sources: 'Sources',
  chooseRule: 'What would you like to work out?',
  choiceYes: 'Yes',
  choiceNo: 'No',
  choiceNone: 'None',
  commandRestart: 'Start over',
  commandBack: 'Back',
  commandHelp: 'Help',
  commandHandoff: 'Talk to a person',
  somethingWrong:
    'Something went wrong while answering. Please try again, or contact the Norwegian Maritime Authority at post@sdir.no.',
  triageGreeting: 'Hello,\n\nThank you for your enquiry.',
  triageAskFor: (facts) => `To answer reliably, we need the following information: ${facts}.`,
  triageNoTopic:
    'Your question is not covered by the information we can answer reliably here. A case officer will look into it.',
  triageClosing: 'Kind regards\nThe Norwegian Maritime Authority',
} satisfies UiTexts;
