/**
 * The numbers a text states, each with the values it may stand for, so that "273,747", "273747",
 * "8.3 million", "USD 8.3 million" and 8300000 compare equal. The seed writes English numbers; the
 * reference also quotes Indonesian, Portuguese and Swiss ones ("39.412", "Rp2,3 triliun",
 * "CHF 9’250’000") and digits of other scripts, so it reads both conventions there.
 */
export interface NumberMention {
  /** The words as written ("US$40.2 billion"), to name the number in a failure. */
  text: string;
  /** What it may stand for: the number as written and, with a multiplier, the number it makes. */
  values: number[];
}

/** Which conventions to read: the seed's English, or the reference's mixed ones. */
export type Reading = 'seed' | 'reference';

const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3,
  ribu: 1e3,
  million: 1e6,
  millions: 1e6,
  juta: 1e6,
  triệu: 1e6,
  m: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  miliar: 1e9,
  milyar: 1e9,
  tỷ: 1e9,
  trillion: 1e12,
  triliun: 1e12,
};

/** Letters glued to a number that make it an amount, not part of a name ("Rp328", "VND7", "FY2016"). */
const CURRENCY_PREFIXES = new Set([
  'rp',
  'php',
  'p',
  'rm',
  'vnd',
  'usd',
  'us',
  'a',
  'c',
  's',
  'hk',
  'chf',
  'lak',
  'fy',
]);
const SUFFIXES_KEPT = new Set(['st', 'nd', 'rd', 'th', 's']);
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
};

/** Digits of other scripts (Thai, Lao, Khmer, Myanmar) read as ASCII digits. */
const ZEROES = [0x0e50, 0x0ed0, 0x17e0, 0x1040];
function asciiDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59\u0ed0-\u0ed9\u17e0-\u17e9\u1040-\u1049]/g, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = ZEROES.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/** The values a run of digits and separators may stand for ("273,747", "2,3", "39.412"). */
function readDigits(raw: string): number[] {
  const separators = raw.replace(/\d/g, '');
  if (!separators) return [Number(raw)];
  const groups = raw.split(/[,.’']/);
  const tail = groups.slice(1);
  const thousands = tail.every((g) => g.length === 3);
  const joined = Number(groups.join(''));
  if (/^[,’']+$/.test(separators)) {
    if (thousands) return [joined];
    // "Rp2,3 triliun": a decimal comma (the reference quotes Indonesian).
    return groups.length === 2 ? [Number(`${groups[0]}.${groups[1]}`)] : groups.map(Number);
  }
  if (/^\.+$/.test(separators)) {
    // "39.412" is 39,412 in an Indonesian or Portuguese text: both readings, on either side.
    if (groups.length === 2) return thousands ? [Number(raw), joined] : [Number(raw)];
    return thousands ? [joined] : groups.map(Number);
  }
  // Both kinds: the last separator is the decimal point ("9,698,579.15"; "1.234,5").
  const last = raw.search(/[,.][^,.]*$/);
  return [Number(`${raw.slice(0, last).replace(/[,.’']/g, '')}.${raw.slice(last + 1)}`)];
}

const TOKEN = /\d+(?:[,.’']\d+)*/g;

/** Every number a text states, with the values it may stand for. */
export function numbersIn(text: string, reading: Reading): NumberMention[] {
  const source = asciiDigits(text);
  const mentions: (NumberMention & { end: number; multiplier?: number; start: number })[] = [];
  for (const match of source.matchAll(TOKEN)) {
    const start = match.index;
    let end = start + match[0].length;
    const before = source.slice(0, start);
    const glued = /([A-Za-z]+)(-?)$/.exec(before);
    let currency = /[$€£₱]$/.test(before);
    if (glued) {
      const [, letters = '', hyphen] = glued;
      if (hyphen) {
        // "COVID-19", "AEARCTR-0000342" name something; "mid-2024", "end-2018" are dates.
        if (/[A-Z]/.test(letters)) continue;
      } else if (CURRENCY_PREFIXES.has(letters.toLowerCase())) {
        currency = true;
      } else continue; // "BP2MI", "QH14": part of a name
    }
    let values = readDigits(match[0]);
    let multiplier: number | undefined;
    const after = source.slice(end);
    const gluedAfter = /^[A-Za-z]+/.exec(after)?.[0];
    if (gluedAfter) {
      const lower = gluedAfter.toLowerCase();
      if (MULTIPLIERS[lower]) multiplier = MULTIPLIERS[lower];
      else if (lower === 'k' && currency) multiplier = 1e3;
      else if (!SUFFIXES_KEPT.has(lower)) {
        continue; // "60K" (Section 60K), "3G": a name
      }
      end += gluedAfter.length;
    } else {
      // "about 1.3 [million] workers": the reference's own insertion counts.
      const word = /^[\s\u00a0]+\[?([a-zA-Zệỷ]+)/.exec(after);
      const factor = word?.[1] && word[1].length > 1 ? MULTIPLIERS[word[1].toLowerCase()] : undefined;
      if (word && factor) {
        multiplier = factor;
        end += word[0].length;
      }
    }
    if (multiplier) {
      const scaled = values.map((v) => scale(v, multiplier));
      values = reading === 'reference' ? [...values, ...scaled] : scaled;
    }
    mentions.push({ text: source.slice(start, end), values, start, end, multiplier });
  }
  // Ranges: "US$134–136 billion" scales both ends; "2027-28" is 2027–2028.
  mentions.forEach((a, i) => {
    const b = mentions[i + 1];
    if (!b) return;
    const between = source.slice(a.end, b.start);
    if (!/^\s*[–—-]\s*$/.test(between)) return;
    const { multiplier } = b;
    if (!a.multiplier && multiplier) {
      const scaled = a.values.map((v) => scale(v, multiplier));
      a.values = reading === 'reference' ? [...a.values, ...scaled] : scaled;
    }
    const [year = 0] = a.values;
    const [short = 0] = b.values;
    if (/^\d\d$/.test(b.text) && Number.isInteger(year) && year >= 1900 && year < 2100) {
      b.values = [...b.values, Math.floor(year / 100) * 100 + short];
    }
  });
  const words = [...source.matchAll(/\b([A-Za-z]+)\b/g)].flatMap((m) => {
    const word = m[1] ?? '';
    const value = NUMBER_WORDS[word.toLowerCase()];
    return value === undefined ? [] : [{ text: word, values: [value] }];
  });
  return [...mentions.map(({ text: t, values }) => ({ text: t, values })), ...words];
}

/** 8.3 × 10⁶ as 8300000, not 8300000.000000001. */
function scale(value: number, multiplier: number): number {
  return Number((value * multiplier).toPrecision(12));
}

/** Whether two values are the same number (products of decimals differ in the last bits). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
