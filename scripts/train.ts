/**
 * `npm run train`: trains the topic classifier from the examples and writes the committed model
 * file understanding/classifier/model.json.
 *
 * 1. k-fold cross-validation on the examples gives out-of-fold scores; the temperature that
 *    calibrates them best (lowest negative log-likelihood) is kept.
 * 2. The model is trained on all examples (deterministic: fixed order, fixed iterations, no
 *    randomness) and stored with 8-bit weights, the temperature and a fingerprint.
 *
 * The fingerprint is a SHA-256 of the examples, the class list and the source of the feature,
 * vectorising and training code; test/understanding/classifier-model.test.ts recomputes it, so a
 * changed example or recipe without a new model fails the tests. Why a committed file and not
 * training at start-up: training takes tens of seconds (the examples give ~20,000 features × 44
 * classes), far too slow for every test file and server start; loading the file takes milliseconds.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FOLDS, fitTemperature, outOfFoldLogits } from '../understanding/classifier/calibrate.js';
import { CLASSES, classIndex, trainingExamples, weightOf } from '../understanding/classifier/data.js';
import { FEATURE_RECIPE } from '../understanding/classifier/features.js';
import { encodeModel, MODEL_FORMAT } from '../understanding/classifier/model-file.js';
import { TRAINING, trainLinear } from '../understanding/classifier/train.js';
import { BLOCK_WEIGHTS } from '../understanding/classifier/vectorize.js';

/** Where the model file is written. */
export const MODEL_PATH = fileURLToPath(new URL('../understanding/classifier/model.json', import.meta.url));

/** Source files whose content decides the model (besides the examples). */
const RECIPE_SOURCES = ['features.ts', 'vectorize.ts', 'train.ts', 'calibrate.ts', 'model-file.ts', 'data.ts'];

/** SHA-256 of everything the model is trained from; stored in the model file. */
export function modelFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ MODEL_FORMAT, FEATURE_RECIPE, BLOCK_WEIGHTS, TRAINING, FOLDS, CLASSES }));
  hash.update(JSON.stringify(trainingExamples()));
  for (const file of RECIPE_SOURCES)
    hash.update(readFileSync(new URL(`../understanding/classifier/${file}`, import.meta.url), 'utf8'));
  return hash.digest('hex');
}

function main() {
  const started = performance.now();
  const examples = trainingExamples();
  const labels = examples.map((e) => classIndex(e.topic));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`${examples.length} examples, ${CLASSES.length} classes; ${FOLDS}-fold cross-validation for the temperature…`);
  const oof = outOfFoldLogits(examples, CLASSES.length, TRAINING, FOLDS, (f, ms) =>
    log(`  fold ${f + 1}/${FOLDS}: ${(ms / 1000).toFixed(1)} s`),
  );
  const temperature = fitTemperature(oof, labels);
  log(`temperature ${temperature}; training on all examples…`);
  const t = performance.now();
  const model = trainLinear(
    examples.map((e, i) => ({ text: e.text, label: labels[i] ?? 0, weight: weightOf(e) })),
    CLASSES.length,
  );
  const trainMs = performance.now() - t;
  const file = encodeModel(model, CLASSES, temperature, modelFingerprint());
  const json = `${JSON.stringify(file, null, 2)}\n`;
  writeFileSync(MODEL_PATH, json);
  log(
    `wrote ${MODEL_PATH}: ${model.vocab.index.size} features × ${CLASSES.length} classes, ` +
      `${(json.length / 1024).toFixed(0)} KB; final training ${(trainMs / 1000).toFixed(1)} s, ` +
      `all ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
