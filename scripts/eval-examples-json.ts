/** Prints the training examples as JSON `{ text, locale, topic }[]` (for scripts/eval-before.ts). */
import { trainingExamples } from '../understanding/classifier/data.js';

console.log(JSON.stringify(trainingExamples()));
