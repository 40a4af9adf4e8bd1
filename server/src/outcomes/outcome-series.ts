import { normalCountryCode } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { Field, ObjectType } from 'type-graphql';
import { Country } from '../countries/country.entity';
import { InputProblems } from '../graphql/errors';
import { Indicator } from '../indicators/indicator.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { SEXES } from '../vocabularies';
import { Outcome } from './outcome.entity';

const MAX_COUNTRIES = 50;

@ObjectType({
  description:
    'The figures of one indicator for one programme (so one member state) over time, ready to plot; each point keeps its source.',
})
export class OutcomeSeries {
  @Field(() => Indicator, { description: 'What is measured, and its unit.' })
  indicator!: Indicator;

  @Field(() => Country, { description: 'The member state of the programme.' })
  country!: Country;

  @Field(() => ReintegrationProgram, { description: 'The programme whose results these are.' })
  program!: ReintegrationProgram;

  @Field(() => [Outcome], {
    description:
      'The outcomes, by year (then TOTAL, FEMALE, MALE); a year may have several points, for each sex or source.',
  })
  points!: Outcome[];
}

/**
 * One series per programme having outcomes of the indicator, optionally only in some member
 * states: by country code, then programme name. Three statements whatever the data. Outcomes are
 * programme figures, public like `outcomes`; the practice an outcome measures is shown through
 * `Outcome.practice`, which hides practices the viewer may not read.
 */
export async function outcomeSeries(
  em: EntityManager,
  indicatorCode: string,
  countryCodes: string[] | null | undefined,
): Promise<OutcomeSeries[]> {
  const problems = new InputProblems();
  const code = indicatorCode.trim();
  const codes = countryCodes?.length ? countryCodes.map(normalCountryCode) : undefined;
  if (codes && codes.length > MAX_COUNTRIES) problems.add('countryCodes', `at most ${MAX_COUNTRIES} codes`);
  problems.throwIfAny();
  const [indicator, countries] = await Promise.all([
    em.findOne(Indicator, { code }),
    codes ? em.find(Country, { code: { $in: codes } }) : undefined,
  ]);
  if (!indicator) problems.add('indicatorCode', `no indicator has the code "${code}" (see \`indicators\`)`);
  codes?.forEach((wanted, index) => {
    if (!countries?.some((country) => country.code === wanted))
      problems.add(`countryCodes[${index}]`, `"${wanted}" is not the code of an ASEAN member state`);
  });
  problems.throwIfAny();

  const outcomes = await em.find(
    Outcome,
    { indicator: indicator!, ...(countries && { program: { country: { $in: countries } } }) },
    { populate: ['program.country', 'source'], orderBy: { year: 'asc', id: 'asc' } },
  );
  const byProgram = new Map<number, OutcomeSeries>();
  for (const outcome of outcomes) {
    const program = outcome.program.getEntity();
    let series = byProgram.get(program.id);
    if (!series) {
      series = { indicator: indicator!, country: program.country.getEntity(), program, points: [] };
      byProgram.set(program.id, series);
    }
    series.points.push(outcome);
  }
  const sexOrder = (outcome: Outcome) => SEXES.indexOf(outcome.sex);
  const all = [...byProgram.values()];
  for (const series of all) {
    series.points.sort((a, b) => a.year - b.year || sexOrder(a) - sexOrder(b) || a.id - b.id);
  }
  return all.sort(
    (a, b) =>
      compare(a.country.code, b.country.code) || compare(a.program.name, b.program.name) || a.program.id - b.program.id,
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
