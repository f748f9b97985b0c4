import { useParams } from 'react-router';
import { EditorGate } from '../components/EditorGate';
import { EditRecord } from '../components/EditRecord';
import { useEditorTexts } from '../i18n-editor';
import '../editor/editor.css';

/** /edit/:id — correct a project, practice, outcome, funding line or cost with the editor's key. */
export function Edit() {
  const { id = '' } = useParams();
  const { e } = useEditorTexts();
  return (
    <section aria-labelledby="edit-title">
      <h2 id="edit-title">{e.editTitle}</h2>
      <EditorGate>{(key, signOut) => <EditRecord id={id} apiKey={key} signOut={signOut} />}</EditorGate>
    </section>
  );
}
