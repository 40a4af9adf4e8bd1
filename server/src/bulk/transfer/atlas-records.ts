import type { EntityManager } from '@mikro-orm/knex';
import { Country } from '../../countries/country.entity';
import { CountryStatistic } from '../../countries/country-statistic.entity';
import { Event } from '../../events/event.entity';
import { RegionalInstrument } from '../../framework/regional-instrument.entity';
import { Indicator } from '../../indicators/indicator.entity';
import { Outcome } from '../../outcomes/outcome.entity';
import { Practice } from '../../practices/practice.entity';
import { ReintegrationProgram } from '../../programs/program.entity';
import type { SeedRecord } from '../seed/seed-schema';
import { Source } from '../../sources/source.entity';

/** Every stored record of the dataset, with what its seed-format record needs loaded. */
export interface StoredAtlas {
  sources: Source[];
  countries: Country[];
  indicators: Indicator[];
  statistics: CountryStatistic[];
  framework: RegionalInstrument[];
  events: Event[];
  programs: ReintegrationProgram[];
  practices: Practice[];
  outcomes: Outcome[];
}

export async function loadStoredAtlas(em: EntityManager): Promise<StoredAtlas> {
  return {
    sources: await em.find(Source, {}),
    countries: await em.find(Country, {}, { populate: ['legalInstruments.sources'] }),
    indicators: await em.find(Indicator, {}),
    statistics: await em.find(CountryStatistic, {}, { populate: ['country', 'indicator', 'source'] }),
    framework: await em.find(RegionalInstrument, {}, { populate: ['sources'] }),
    events: await em.find(Event, {}, { populate: ['country', 'sources'] }),
    programs: await em.find(ReintegrationProgram, {}, { populate: ['country', 'sources'] }),
    practices: await em.find(Practice, {}, { populate: ['country', 'program', 'event', 'sources'] }),
    outcomes: await em.find(Outcome, {}, { populate: ['program', 'practice', 'indicator', 'source'] }),
  };
}

/** A stored record in the seed format (not yet canonical: see canonical.ts). */
export const recordOf = {
  sources: (s: Source): SeedRecord<'sources'> => ({
    key: s.key,
    title: s.title,
    publisher: s.publisher ?? undefined,
    url: s.url,
    publishedOn: s.publishedOn ?? undefined,
    language: s.language ?? undefined,
  }),
  countries: (c: Country): SeedRecord<'countries'> => ({
    code: c.code,
    iso3: c.iso3,
    name: c.name,
    memberSince: c.memberSince,
    migrationProfile: c.migrationProfile,
    leadAgency: c.leadAgency,
    summary: c.summary,
    legalInstruments: c.legalInstruments.getItems().map((l) => ({
      title: l.title,
      year: l.year ?? undefined,
      date: l.date ?? undefined,
      summary: l.summary ?? undefined,
      sources: sourceKeys(l.sources.getItems()),
    })),
  }),
  indicators: (i: Indicator): SeedRecord<'indicators'> => ({
    code: i.code,
    name: i.name,
    description: i.description,
    unit: i.unit,
    dimension: i.dimension ?? undefined,
    higherIsBetter: i.higherIsBetter ?? undefined,
  }),
  statistics: (s: CountryStatistic): SeedRecord<'statistics'> => ({
    country: s.country.getEntity().code,
    indicator: s.indicator.getEntity().code,
    year: s.year,
    value: s.value,
    sex: s.sex,
    source: s.source.getEntity().key,
    note: s.note ?? undefined,
  }),
  framework: (f: RegionalInstrument): SeedRecord<'framework'> => ({
    key: f.key,
    kind: f.kind,
    title: f.title,
    shortTitle: f.shortTitle ?? undefined,
    adoptedOn: f.adoptedOn ?? undefined,
    adoptedAt: f.adoptedAt ?? undefined,
    summary: f.summary,
    areas: f.areas,
    sources: sourceKeys(f.sources.getItems()),
  }),
  events: (e: Event): SeedRecord<'events'> => ({
    key: e.key,
    name: e.name,
    localName: e.localName ?? undefined,
    city: e.city ?? undefined,
    country: e.country?.getEntity().code,
    startDate: e.startDate,
    endDate: e.endDate ?? undefined,
    organiser: e.organiser ?? undefined,
    summary: e.summary,
    sources: sourceKeys(e.sources.getItems()),
  }),
  programs: (p: ReintegrationProgram): SeedRecord<'programs'> => ({
    key: p.key,
    name: p.name,
    localName: p.localName ?? undefined,
    acronym: p.acronym ?? undefined,
    country: p.country.getEntity().code,
    leadAgency: p.leadAgency,
    partners: p.partners,
    startYear: p.startYear ?? undefined,
    endYear: p.endYear ?? undefined,
    status: p.status,
    summary: p.summary,
    components: p.components.map((c) => ({ name: c.name, description: c.description ?? undefined })),
    dimensions: p.dimensions,
    levels: p.levels,
    targetGroups: p.targetGroups,
    stakeholders: p.stakeholders,
    sources: sourceKeys(p.sources.getItems()),
  }),
  practices: (p: Practice): SeedRecord<'practices'> => ({
    key: p.key,
    title: p.title,
    summary: p.summary,
    body: p.body,
    country: p.country.getEntity().code,
    program: p.program?.getEntity().key,
    year: p.year,
    themes: p.themes,
    dimensions: p.dimensions,
    levels: p.levels,
    stakeholders: p.stakeholders,
    targetGroups: p.targetGroups,
    evidenceLevel: p.evidenceLevel,
    partners: p.partners,
    event: p.event?.getEntity().key,
    sources: sourceKeys(p.sources.getItems()),
    status: p.status,
    rejectionReason: p.rejectionReason ?? undefined,
  }),
  outcomes: (o: Outcome): SeedRecord<'outcomes'> => ({
    program: o.program.getEntity().key,
    practice: o.practice?.getEntity().key,
    indicator: o.indicator.getEntity().code,
    year: o.year,
    value: o.value,
    sex: o.sex,
    source: o.source.getEntity().key,
    note: o.note ?? undefined,
  }),
};

function sourceKeys(sources: Source[]): string[] {
  return sources.map((s) => s.key);
}
