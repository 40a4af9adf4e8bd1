import { snapshot } from '../history/record-revision';
import type { Practice } from './practice.entity';

/**
 * The state the history keeps of a practice: its fields, related records as ids, and its sources'
 * ids (they must be loaded: a restore brings them back). Outcomes are records of their own.
 */
export function practiceState(practice: Practice): Record<string, unknown> {
  if (!practice.sources.isInitialized()) throw new Error('load the sources of a practice before recording it');
  const state = snapshot(practice);
  delete state.outcomes;
  delete state.studies;
  return state;
}
