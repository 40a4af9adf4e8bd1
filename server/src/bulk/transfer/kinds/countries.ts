import { Country } from '../../../countries/country.entity';
import { LegalInstrument } from '../../../countries/legal-instrument.entity';
import { recordKind } from '../record-kind';

/** Countries keep no sources of their own in the database; a record's legal instruments are part of it. */
export const countries = recordKind('countries', {
  entity: Country,
  unstored: ['sources'],
  populate: ['legalInstruments.sources'],
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
  },
});
