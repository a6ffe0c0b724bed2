/**
 * Routing words that are not examples: which words tell which of a topic's rules a question is
 * about. (Topic classification itself learns from the example phrasings in `examples/`.)
 */

/**
 * Words that tell which rule a question is about, for a topic with more than one rule (lower
 * case; matched as word beginnings). With no hint, or hints for several, the user is asked.
 */
export const RULE_HINTS: Readonly<Record<string, readonly string[]>> = {
  'issc-renewal': [
    'fornyelse',
    'fornye',
    'fornyer',
    'fornying',
    'fornya',
    'renewal',
    'renew',
    'ny utløpsdato',
    'new expiry',
  ],
  'issc-validity': [
    'mellomligg',
    'mellomverifikasjon',
    'intermediate',
    'årsdag',
    'anniversary',
    // How long it holds: «hvor lenge er ISSC gyldig?», "how long is it valid?"
    'gyldig',
    'valid',
    'hvor lenge',
    'kor lenge',
    'how long',
    // When it runs out: «når utløper ISSC-en?», "when does it expire?"
    'når utløper',
    'når utløpar',
    'when does it expire',
    'when does the issc expire',
    'when does our issc expire',
  ],
};
