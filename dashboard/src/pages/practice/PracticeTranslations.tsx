import { useAuth } from '../../auth/AuthProvider';
import { TranslationsPanel } from '../../editing/TranslationsPanel';
import { workflowActions } from '../../workflow/workflow-actions';
import type { PracticeDetail } from './queries';

/** The practice's translations, for whoever may edit the practice (as its Edit link is decided). */
export function PracticeTranslations({
  practice,
  onChanged,
}: {
  practice: Pick<PracticeDetail, 'id' | 'status' | 'sources'>;
  onChanged(): void;
}) {
  const { me } = useAuth();
  if (!me || !workflowActions(me.role, practice.status).has('edit')) return null;
  return (
    <TranslationsPanel recordId={practice.id} type="Practice" citableSources={practice.sources} onChanged={onChanged} />
  );
}
