import type { EntityManager } from '@mikro-orm/knex';
import { Country } from '../countries/country.entity';
import { CountryStatistic } from '../countries/country-statistic.entity';
import { LegalInstrument } from '../countries/legal-instrument.entity';
import type { AtlasOrm } from '../db/orm';
import { Event } from '../events/event.entity';
import { RegionalInstrument } from '../framework/regional-instrument.entity';
import { Indicator } from '../indicators/indicator.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { loadSeed } from './load-seed';
import type { SeedData } from './seed-schema';

export type SeedCounts = Record<
  | 'countries'
  | 'programs'
  | 'practices'
  | 'indicators'
  | 'outcomes'
  | 'statistics'
  | 'sources'
  | 'events'
  | 'instruments',
  number
>;

/** Loads the real seed into an empty database, in one transaction; returns null if it had data. */
export async function seedIfEmpty(orm: AtlasOrm, data: SeedData = loadSeed()): Promise<SeedCounts | null> {
  const em = orm.em.fork() as EntityManager;
  if ((await em.count(Country)) > 0) return null;
  return em.transactional((tx) => writeSeed(tx as EntityManager, data));
}

async function writeSeed(em: EntityManager, data: SeedData): Promise<SeedCounts> {
  const sources = new Map(
    data.sources.map((s) => [
      s.key,
      em.create(Source, {
        ...s,
        publisher: s.publisher ?? null,
        publishedOn: s.publishedOn ?? null,
        language: s.language ?? null,
      }),
    ]),
  );
  const source = (key: string) => sources.get(key)!;
  const countries = new Map(
    data.countries.map((c) => {
      const country = em.create(Country, {
        code: c.code,
        iso3: c.iso3,
        name: c.name,
        memberSince: c.memberSince,
        migrationProfile: c.migrationProfile,
        leadAgency: c.leadAgency,
        summary: c.summary,
      });
      for (const l of c.legalInstruments) {
        em.create(LegalInstrument, {
          country,
          title: l.title,
          year: l.year ?? null,
          date: l.date ?? null,
          summary: l.summary ?? null,
          sources: l.sources.map(source),
        });
      }
      return [c.code, country];
    }),
  );
  const country = (code: string) => countries.get(code)!;
  const indicators = new Map(
    data.indicators.map((i) => [
      i.code,
      em.create(Indicator, { ...i, dimension: i.dimension ?? null, higherIsBetter: i.higherIsBetter ?? null }),
    ]),
  );
  for (const s of data.statistics) {
    em.create(CountryStatistic, {
      ...s,
      country: country(s.country),
      indicator: indicators.get(s.indicator)!,
      source: source(s.source),
      note: s.note ?? null,
    });
  }
  for (const f of data.framework) {
    em.create(RegionalInstrument, {
      ...f,
      shortTitle: f.shortTitle ?? null,
      adoptedOn: f.adoptedOn ?? null,
      adoptedAt: f.adoptedAt ?? null,
      sources: f.sources.map(source),
    });
  }
  const events = new Map(
    data.events.map((e) => {
      const event = em.create(Event, {
        ...e,
        localName: e.localName ?? null,
        city: e.city ?? null,
        country: e.country ? country(e.country) : null,
        endDate: e.endDate ?? null,
        organiser: e.organiser ?? null,
        sources: e.sources.map(source),
      });
      return [e.key, event];
    }),
  );
  const programs = new Map(
    data.programs.map((p) => {
      const program = em.create(ReintegrationProgram, {
        ...p,
        localName: p.localName ?? null,
        acronym: p.acronym ?? null,
        country: country(p.country),
        startYear: p.startYear ?? null,
        endYear: p.endYear ?? null,
        components: p.components.map((c) => ({ name: c.name, description: c.description ?? null })),
        sources: p.sources.map(source),
      });
      return [p.key, program];
    }),
  );
  const practices = new Map(
    data.practices.map((p) => {
      const practice = em.create(Practice, {
        ...p,
        country: country(p.country),
        program: p.program ? programs.get(p.program)! : null,
        event: p.event ? events.get(p.event)! : null,
        rejectionReason: p.rejectionReason ?? null,
        sources: p.sources.map(source),
      });
      return [p.key, practice];
    }),
  );
  for (const o of data.outcomes) {
    em.create(Outcome, {
      ...o,
      program: programs.get(o.program)!,
      practice: o.practice ? practices.get(o.practice)! : null,
      indicator: indicators.get(o.indicator)!,
      source: source(o.source),
      note: o.note ?? null,
    });
  }
  await em.flush();
  return {
    countries: countries.size,
    programs: programs.size,
    practices: practices.size,
    indicators: indicators.size,
    outcomes: data.outcomes.length,
    statistics: data.statistics.length,
    sources: sources.size,
    events: events.size,
    instruments: data.framework.length,
  };
}
