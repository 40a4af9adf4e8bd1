import { EditorFormPage } from '../../editing/EditorFormPage';
import { EditProgram } from './EditProgram';
import { NewProgram } from './NewProgram';

/** `/programs/new` and `/programs/:id/edit`: every field of a programme, for editors. */
export default function ProgramFormPage({ id }: { id?: string }) {
  return (
    <EditorFormPage
      heading={id ? 'programForm.edit' : 'programForm.new'}
      requiredRole={id ? 'programForm.edit.requiredRole' : 'programForm.new.requiredRole'}
    >
      {() => (id ? <EditProgram id={id} /> : <NewProgram />)}
    </EditorFormPage>
  );
}
