import type { Random } from './random';
import { CONNECTORS, WORDS } from './words';

/** Marks every synthetic title and name, so that no reader mistakes one for a real record. */
export const SYNTHETIC_TITLE_PREFIX = '[Synthetic] ';

/**
 * Word i is drawn with probability falling with i (an inverse CDF of u^2.5, tabulated: a table
 * look-up costs a fraction of Math.pow, and bodies take tens of millions of words).
 */
const SKEW_STEPS = 4096;
const SKEWED = Uint16Array.from({ length: SKEW_STEPS }, (_, i) =>
  Math.floor(WORDS.length * ((i + 0.5) / SKEW_STEPS) ** 2.5),
);

function word(random: Random): string {
  return WORDS[SKEWED[Math.floor(random.next() * SKEW_STEPS)]!]!;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Pushes a sentence of 8 to 18 words (but at least 4 and at most `room`) onto `tokens`; returns how many. */
function pushSentence(random: Random, tokens: string[], room = Number.POSITIVE_INFINITY): number {
  const count = Math.max(4, Math.min(room, random.int(8, 18)));
  tokens.push(capitalised(word(random)));
  for (let i = 2; i < count; i++) tokens.push(random.next() < 0.2 ? random.pick(CONNECTORS) : word(random));
  tokens.push(`${word(random)}.`);
  return count;
}

function sentences(random: Random, count: number): string {
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) pushSentence(random, tokens);
  return tokens.join(' ');
}

/** Three to seven capitalised words. */
export function syntheticName(random: Random): string {
  const words: string[] = [];
  for (let i = random.int(3, 7); i > 0; i--) words.push(capitalised(word(random)));
  return words.join(' ');
}

/** "[Synthetic] Returnee Savings Cooperative Village". */
export function syntheticTitle(random: Random): string {
  return SYNTHETIC_TITLE_PREFIX + syntheticName(random);
}

/** One or two sentences. */
export function syntheticSummary(random: Random): string {
  return sentences(random, random.int(1, 2));
}

/**
 * 100 to 300 words in two to four paragraphs, then a line saying it is synthetic with a reference
 * that is (almost) unique: a word that finds one practice among many.
 */
export function syntheticBody(random: Random): string {
  const target = random.int(100, 300);
  const paragraphs = random.int(2, 4);
  const perParagraph = Math.ceil(target / paragraphs);
  const body: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const tokens: string[] = [];
    for (let words = 0; words < perParagraph;) words += pushSentence(random, tokens, perParagraph - words);
    body.push(tokens.join(' '));
  }
  body.push(`Synthetic record ${syntheticReference(random)}: generated for load tests, not a real practice.`);
  return body.join('\n\n');
}

/** "syn" and six letters or digits. */
export function syntheticReference(random: Random): string {
  let reference = 'syn';
  for (let i = 0; i < 6; i++) reference += random.int(0, 35).toString(36);
  return reference;
}
