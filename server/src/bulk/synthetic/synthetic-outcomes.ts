import { Sex } from '@atlas/shared';
import type { Outcome } from '../../outcomes/outcome.entity';
import type { EntityRow } from '../entity-tables';
import type { Random } from './random';
import type { ReferenceData, ValueKind } from './reference-data';
import { SYNTHETIC_OUTCOME_NOTE } from './synthetic-labels';
import type { ProgramPlan } from './synthetic-programs';

/** Sexes a figure can be given for: every (programme, indicator, year, sex) is stored at most once. */
const SEXES = 3;

/** Share of a programme's series that are linked to one of its practices. */
const LINKED_TO_PRACTICE = 0.4;

const yearsOf = (program: ProgramPlan) => program.lastYear - program.startYear + 1;

/** The most figures the programmes can have without two of them measuring the same thing. */
export function outcomeCapacity(programs: ProgramPlan[], indicators: number): number {
  return programs.reduce((sum, program) => sum + SEXES * indicators * yearsOf(program), 0);
}

/**
 * How many figures each programme gets, `total` in all: in proportion to the years it ran (give or
 * take half), none beyond its capacity.
 */
export function outcomeQuotas(random: Random, programs: ProgramPlan[], total: number, indicators: number): number[] {
  const capacity = outcomeCapacity(programs, indicators);
  if (total > capacity) {
    throw new RangeError(
      `${programs.length} programmes hold at most ${capacity} distinct figures (${SEXES} sexes × ${indicators} indicators × the years each ran): ask for fewer outcomes or more programmes.`,
    );
  }
  const weights = programs.map((program) => yearsOf(program) * (0.5 + random.next()));
  const quotas = programs.map(() => 0);
  let open = programs.map((_, index) => index);
  let remaining = total;
  while (remaining > 0) {
    const shares = largestRemainder(
      remaining,
      open.map((index) => weights[index]!),
    );
    const stillOpen: number[] = [];
    open.forEach((index, position) => {
      const room = SEXES * indicators * yearsOf(programs[index]!) - quotas[index]!;
      const given = Math.min(shares[position]!, room);
      quotas[index]! += given;
      remaining -= given;
      if (given < room) stillOpen.push(index);
    });
    open = stillOpen;
  }
  return quotas;
}

/** `total` split in integers in proportion to `weights`. */
function largestRemainder(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => [value - Math.floor(value), index] as const);
  byRemainder.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, index] of byRemainder) {
    if (left-- <= 0) break;
    shares[index]!++;
  }
  return shares;
}

interface Series {
  indicatorId: number;
  practiceId: number | null;
  kind: ValueKind;
  /** The TOTAL value of each year, from the programme's start. */
  totals: number[];
  femaleShare: number;
}

/**
 * A programme's `quota` figures: a handful of its indicators measured every year it ran (TOTAL),
 * then as many of them split by sex as the quota needs. Each series may be linked to one of the
 * programme's practices.
 */
export function* programOutcomes(
  random: Random,
  program: ProgramPlan,
  quota: number,
  reference: ReferenceData,
  practiceIds: ArrayLike<number>,
  sourceId: number,
): Generator<EntityRow<Outcome>> {
  if (quota === 0) return;
  const years = yearsOf(program);
  const indicators = reference.indicators.length;
  const count = Math.min(indicators, Math.max(Math.ceil(quota / (SEXES * years)), random.int(3, 12)));
  const series = random.sample(indicators, count).map((index): Series => {
    const indicator = reference.indicators[index]!;
    const practice =
      program.practices.length > 0 && random.chance(LINKED_TO_PRACTICE) ? random.pick(program.practices) : null;
    return {
      indicatorId: indicator.id,
      practiceId: practice === null ? null : practiceIds[practice]!,
      kind: indicator.kind,
      totals: seriesValues(random, indicator.kind, years),
      femaleShare: 0.3 + 0.4 * random.next(),
    };
  });
  const row = (s: Series, year: number, sex: Sex, value: number): EntityRow<Outcome> => ({
    program: program.id,
    practice: s.practiceId,
    indicator: s.indicatorId,
    year: program.startYear + year,
    value,
    sex,
    source: sourceId,
    note: SYNTHETIC_OUTCOME_NOTE,
  });
  let left = quota;
  for (const s of series) {
    for (let year = 0; year < years && left > 0; year++, left--) yield row(s, year, Sex.TOTAL, s.totals[year]!);
  }
  for (const s of series) {
    for (let year = 0; year < years && left > 0; year++) {
      const [female, male] = splitBySex(s, s.totals[year]!);
      yield row(s, year, Sex.FEMALE, female);
      left--;
      if (left > 0) {
        yield row(s, year, Sex.MALE, male);
        left--;
      }
    }
  }
}

/** A plausible trend: shares drift by a few points a year, counts and sums grow or shrink by a rate. */
function seriesValues(random: Random, kind: ValueKind, years: number): number[] {
  if (kind === 'percent') {
    const base = random.int(10, 80);
    const drift = -2 + 5 * random.next();
    return Array.from({ length: years }, (_, t) =>
      round1(Math.min(100, Math.max(0, base + drift * t + (random.next() - 0.5) * 4))),
    );
  }
  const base = 10 ** (kind === 'money' ? 3 + 5 * random.next() : 1 + 3 * random.next());
  const growth = -0.05 + 0.25 * random.next();
  return Array.from({ length: years }, (_, t) =>
    Math.max(0, Math.round(base * (1 + growth) ** t * (0.95 + 0.1 * random.next()))),
  );
}

function splitBySex(series: Series, total: number): [number, number] {
  if (series.kind === 'percent') {
    const gap = (series.femaleShare - 0.5) * 20;
    return [round1(Math.min(100, Math.max(0, total + gap))), round1(Math.min(100, Math.max(0, total - gap)))];
  }
  const female = Math.round(total * series.femaleShare);
  return [female, total - female];
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
