import { ref } from '@mikro-orm/core';
import {
  Dimension,
  EvidenceLevel,
  Level,
  MeasureKind,
  PracticeStatus,
  Stakeholder,
  TargetGroup,
  Theme,
} from '@atlas/shared';
import { z } from 'zod';
import { Country } from '../countries/country.entity';
import { Event } from '../events/event.entity';
import { badUserInput } from '../graphql/errors';
import { parseRecorded, restoreRecord, type Restorer } from '../history/restorers';
import { practiceState } from './practice-state';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { Practice } from './practice.entity';
import { uniqueKey } from '../db/unique-key';

/** A related record in a snapshot: its id. */
const related = z.number().int();
const date = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

/** The fields of a practice snapshot that a restore brings back (its key, author and creation stay). */
const recordedPractice = z.looseObject({
  key: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  country: related,
  program: related.nullish(),
  year: z.number().int(),
  // States recorded before kinds were: every practice was a reintegration practice.
  kind: z.enum(MeasureKind).default(MeasureKind.REINTEGRATION),
  themes: z.array(z.enum(Theme)),
  dimensions: z.array(z.enum(Dimension)),
  levels: z.array(z.enum(Level)),
  stakeholders: z.array(z.enum(Stakeholder)),
  targetGroups: z.array(z.enum(TargetGroup)),
  evidenceLevel: z.enum(EvidenceLevel),
  status: z.enum(PracticeStatus),
  partners: z.array(z.string()),
  event: related.nullish(),
  sources: z.array(related).min(1),
  rejectionReason: z.string().nullish(),
  publishedAt: date.nullish(),
});

/**
 * Brings a practice back to a recorded state, status included (restoring an archived one, say), as
 * a RESTORE revision with a new version. References to records deleted since are dropped where
 * optional (programme, event, some of the sources) and refused where not.
 */
export const restorePractice: Restorer = async (em, viewer, entityId, recorded) => {
  const state = parseRecorded(recordedPractice, recorded, 'this revision holds no restorable practice');
  const country = await em.findOne(Country, { id: state.country });
  const sources = await em.find(Source, { id: { $in: state.sources } });
  if (!country || sources.length === 0)
    throw badUserInput([{ path: 'id', message: 'the country or every source of this state no longer exists' }]);
  const program = state.program ? await em.findOne(ReintegrationProgram, { id: state.program }) : null;
  const event = state.event ? await em.findOne(Event, { id: state.event }) : null;

  const record = {
    entityType: 'Practice',
    entityId,
    load: (): Promise<Practice | null> => em.findOne(Practice, { id: entityId }, { populate: ['sources'] }),
    stateOf: practiceState,
  };
  return restoreRecord(em, viewer, record, async (existing) => {
    const practice = existing ?? new Practice();
    if (!existing) {
      practice.id = entityId;
      practice.key = await uniqueKey(em, Practice, state.key, 'practice');
      em.persist(practice);
    }
    const now = new Date();
    Object.assign(practice, {
      title: state.title,
      summary: state.summary,
      body: state.body,
      year: state.year,
      kind: state.kind,
      themes: state.themes,
      dimensions: state.dimensions,
      levels: state.levels,
      stakeholders: state.stakeholders,
      targetGroups: state.targetGroups,
      evidenceLevel: state.evidenceLevel,
      status: state.status,
      partners: state.partners,
      rejectionReason: state.rejectionReason ?? null,
      publishedAt: state.publishedAt ?? null,
      updatedAt: now,
      lastEditedAt: now,
    } satisfies Partial<Practice>);
    practice.country = ref(country);
    practice.program = program ? ref(program) : null;
    practice.event = event ? ref(event) : null;
    practice.sources.set(sources);
    return practice;
  });
};
