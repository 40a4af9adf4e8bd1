import { practiceInputSchema } from '@atlas/shared/rules';
import { checkedInput } from '../../editing/checked-input';
import type { MessageId } from '../../i18n/message-ids';
import { cleanLines } from '../../editing/fields';
import type { EditablePractice, PracticeInput } from './queries';

/** One cited source in the form: one the practice already cites (`sourceId`), or a new one. */
export interface SourceDraft {
  /** Keeps each entry's inputs in place when another entry is removed. */
  key: string;
  /** The ID of a source the practice already cites; '' for a new source. */
  sourceId: string;
  title: string;
  url: string;
  publisher: string;
  publishedOn: string;
}

/** A practice as typed into the form: what PracticeInput takes, with empty strings for "none". */
export interface PracticeDraft {
  title: string;
  summary: string;
  body: string;
  countryCode: string;
  year: number | null;
  programId: string;
  eventId: string;
  themes: readonly PracticeInput['themes'][number][];
  dimensions: readonly PracticeInput['dimensions'][number][];
  levels: readonly NonNullable<PracticeInput['levels']>[number][];
  stakeholders: readonly NonNullable<PracticeInput['stakeholders']>[number][];
  targetGroups: readonly NonNullable<PracticeInput['targetGroups']>[number][];
  evidenceLevel: PracticeInput['evidenceLevel'] | '';
  kind: NonNullable<PracticeInput['kind']>;
  partners: readonly string[];
  sources: readonly SourceDraft[];
}

export type DraftField = keyof PracticeDraft;

/** Each field's label (its message), as the form shows it; also names what someone else changed in a conflict. */
export const FIELD_LABELS: Record<DraftField, MessageId> = {
  title: 'practiceForm.field.title',
  summary: 'practiceForm.field.summary',
  body: 'practiceForm.field.body',
  countryCode: 'practiceForm.field.countryCode',
  year: 'practiceForm.field.year',
  programId: 'practiceForm.field.programId',
  eventId: 'practiceForm.field.eventId',
  themes: 'practiceForm.field.themes',
  dimensions: 'practiceForm.field.dimensions',
  levels: 'practiceForm.field.levels',
  stakeholders: 'practiceForm.field.stakeholders',
  targetGroups: 'practiceForm.field.targetGroups',
  evidenceLevel: 'practiceForm.field.evidenceLevel',
  kind: 'practiceForm.field.kind',
  partners: 'practiceForm.field.partners',
  sources: 'practiceForm.field.sources',
};

const DRAFT_FIELDS = Object.keys(FIELD_LABELS) as DraftField[];

let lastKey = 0;
const nextKey = () => `source-${++lastKey}`;

export function newSourceDraft(): SourceDraft {
  return { key: nextKey(), sourceId: '', title: '', url: '', publisher: '', publishedOn: '' };
}

/** A blank practice: one empty new source, ready to fill in. */
export function emptyDraft(): PracticeDraft {
  return {
    title: '',
    summary: '',
    body: '',
    countryCode: '',
    year: null,
    programId: '',
    eventId: '',
    themes: [],
    dimensions: [],
    levels: [],
    stakeholders: [],
    targetGroups: [],
    evidenceLevel: '',
    kind: 'REINTEGRATION',
    partners: [],
    sources: [newSourceDraft()],
  };
}

/** A stored practice as the form shows it: every source it cites kept by its ID. */
export function draftOf(practice: EditablePractice): PracticeDraft {
  return {
    title: practice.title,
    summary: practice.summary,
    body: practice.body,
    countryCode: practice.country.code,
    year: practice.year,
    programId: practice.program?.id ?? '',
    eventId: practice.event?.id ?? '',
    themes: practice.themes,
    dimensions: practice.dimensions,
    levels: practice.levels,
    stakeholders: practice.stakeholders,
    targetGroups: practice.targetGroups,
    evidenceLevel: practice.evidenceLevel,
    kind: practice.kind,
    partners: practice.partners,
    sources: practice.sources.map((source) => ({ ...newSourceDraft(), sourceId: source.id })),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The draft as PracticeInput, if it passes the API's own rules (`@atlas/shared/rules`); otherwise
 * every problem at once, before anything is sent. Whether what it refers to still exists (a
 * programme, a source) only the API can say, in the same round as any other problem it finds.
 */
export function checkDraft(draft: PracticeDraft) {
  return checkedInput<PracticeInput>(practiceInputSchema, {
    title: draft.title,
    summary: draft.summary,
    body: draft.body,
    countryCode: draft.countryCode,
    year: draft.year,
    programId: orNull(draft.programId),
    eventId: orNull(draft.eventId),
    themes: [...draft.themes],
    dimensions: [...draft.dimensions],
    levels: [...draft.levels],
    stakeholders: [...draft.stakeholders],
    targetGroups: [...draft.targetGroups],
    evidenceLevel: draft.evidenceLevel,
    kind: draft.kind,
    partners: cleanLines(draft.partners),
    sources: draft.sources.map((source) =>
      source.sourceId !== ''
        ? { sourceId: source.sourceId }
        : {
            title: source.title,
            url: source.url.trim(),
            publisher: orNull(source.publisher),
            publishedOn: orNull(source.publishedOn),
          },
    ),
  });
}

/** A field's value reduced to what matters: sets unordered, lines and text trimmed, sources by ID or address. */
function comparable(draft: PracticeDraft, field: DraftField): string {
  switch (field) {
    case 'partners':
      return cleanLines(draft.partners).join('\n');
    case 'sources':
      return draft.sources.map((source) => source.sourceId || source.url.trim()).join('\n');
    case 'themes':
    case 'dimensions':
    case 'levels':
    case 'stakeholders':
    case 'targetGroups':
      return [...draft[field]].sort().join('\n');
    default:
      return String(draft[field] ?? '').trim();
  }
}

/** The fields whose values differ between two drafts. */
export function changedFields(before: PracticeDraft, after: PracticeDraft): DraftField[] {
  return DRAFT_FIELDS.filter((field) => comparable(before, field) !== comparable(after, field));
}

/**
 * The user's edits on top of the latest version: each field the user changed (from `base`, the
 * version the form was loaded at) keeps the user's value; every other field takes the latest value,
 * so that the next save does not undo what someone else saved.
 */
export function mergeOnLatest(base: PracticeDraft, mine: PracticeDraft, latest: PracticeDraft): PracticeDraft {
  const edited = new Set(changedFields(base, mine));
  const merged = { ...latest };
  for (const field of edited) Object.assign(merged, { [field]: mine[field] });
  return merged;
}
