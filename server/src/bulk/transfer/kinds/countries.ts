import { Country } from '../../../countries/country.entity';
import { LegalInstrument } from '../../../countries/legal-instrument.entity';
import { OfficialName } from '../../../countries/official-name.entity';
import { recordKind } from '../record-kind';

/**
 * Countries keep no sources of their own in the database; a record's legal instruments and official
 * names are part of it.
 */
export const countries = recordKind('countries', {
  entity: Country,
  unstored: ['sources'],
  populate: ['legalInstruments.sources', 'officialNames.source'],
  fields: {
    legalInstruments: {
      read: (c) =>
        c.legalInstruments.getItems().map((l) => ({
          title: l.title,
          year: l.year ?? undefined,
          date: l.date ?? undefined,
          summary: l.summary ?? undefined,
          sources: l.sources.getItems().map((s) => s.key),
        })),
    },
    officialNames: {
      read: (c) =>
        c.officialNames.getItems().map((n) => ({
          name: n.name,
          nameAsGiven: n.nameAsGiven,
          language: n.language,
          source: n.source.getEntity().key,
        })),
    },
  },
  // Matched by title, the rest removed.
  afterWrite(em, country, record, existing, ids) {
    const stored = new Map(existing ? existing.legalInstruments.getItems().map((l) => [l.title, l] as const) : []);
    for (const l of record.legalInstruments) {
      const data = {
        country,
        title: l.title,
        year: l.year ?? null,
        date: l.date ?? null,
        summary: l.summary ?? null,
        sources: l.sources.map((key) => ids.sources.get(key)!),
      };
      const instrument = stored.get(l.title);
      if (instrument) em.assign(instrument, data);
      else em.create(LegalInstrument, data);
      stored.delete(l.title);
    }
    for (const removed of stored.values()) em.remove(removed);
    // Replaced as a list: a name has no identity of its own beyond its place in the country's list.
    if (existing) for (const name of existing.officialNames.getItems()) em.remove(name);
    for (const n of record.officialNames) {
      em.create(OfficialName, {
        country,
        name: n.name,
        nameAsGiven: n.nameAsGiven,
        language: n.language,
        source: ids.sources.get(n.source)!,
      });
    }
  },
});
