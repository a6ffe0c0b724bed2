/**
 * `npm run vocabulary`: writes understanding/topic-vocabulary.json, the word stems the training
 * examples of each topic family use (see understanding/topic-vocabulary.ts). Run it after changing
 * the examples; test/understanding/topic-vocabulary.test.ts checks that the file matches them.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { trainingExamples } from '../understanding/classifier/data.js';
import { buildVocabulary } from '../understanding/topic-vocabulary.js';

/** Where the vocabulary file is written. */
export const VOCABULARY_PATH = fileURLToPath(new URL('../understanding/topic-vocabulary.json', import.meta.url));

const file = buildVocabulary(trainingExamples());
writeFileSync(VOCABULARY_PATH, `${JSON.stringify(file, null, 2)}\n`);
const stems = Object.values(file.families).reduce((n, list) => n + list.length, 0);
process.stderr.write(`${Object.keys(file.families).length} families, ${stems} stems → ${VOCABULARY_PATH}\n`);
