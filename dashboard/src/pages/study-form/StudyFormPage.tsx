import { EditorFormPage } from '../../editing/EditorFormPage';
import { EditStudy } from './EditStudy';
import { NewStudy } from './NewStudy';

/**
 * `/studies/new` and `/studies/:id/edit` (each with `?program=ID`, `?practice=ID` or `?country=CODE`, the page it was
 * reached from): every field of a study, for editors.
 */
export default function StudyFormPage({ id }: { id?: string }) {
  return (
    <EditorFormPage
      heading={id ? 'studyForm.edit' : 'studyForm.new'}
      requiredRole={id ? 'studyForm.edit.requiredRole' : 'studyForm.new.requiredRole'}
    >
      {() => (id ? <EditStudy id={id} /> : <NewStudy />)}
    </EditorFormPage>
  );
}
