import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { ApiProblem } from '../editor/errors';
import { useEditorKey } from '../editor/key';
import { useEditorTexts, useExplain } from '../i18n-editor';

/**
 * Asks for the editor's key before an editor page shows anything, and offers a sign-out on it.
 * The key is typed into a password field (not shown, not autocompleted into other sites).
 */
export function EditorGate({ children }: { children: (key: string, signOut: () => void) => ReactNode }) {
  const { e } = useEditorTexts();
  const { key, signIn, signOut } = useEditorKey();
  const [typed, setTyped] = useState('');
  const id = useId();
  if (key)
    return (
      <>
        <p className="editor-session">
          {e.signedIn}{' '}
          <button type="button" onClick={signOut} data-testid="sign-out">
            {e.signOut}
          </button>
        </p>
        {children(key, signOut)}
      </>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!typed.trim()) return;
    signIn(typed.trim());
    // The typed key does not linger in the form's state for the next sign-in.
    setTyped('');
  };
  return (
    <form onSubmit={submit} className="editor-key" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{e.keyTitle}</h2>
      <p>{e.keyIntro}</p>
      <label htmlFor={`${id}-key`}>{e.keyLabel}</label>{' '}
      <input
        id={`${id}-key`}
        type="password"
        autoComplete="off"
        value={typed}
        onChange={(ev) => setTyped(ev.target.value)}
        data-testid="editor-key"
      />{' '}
      <button type="submit">{e.signIn}</button>
    </form>
  );
}

/** An editor request's failure in words: a bad key signs out (so the key can be typed again). */
export function EditorProblem({
  error,
  signOut,
}: {
  error: { problem: ApiProblem } | null;
  signOut: () => void;
}) {
  const { e } = useEditorTexts();
  const explain = useExplain();
  if (!error) return null;
  const { code } = error.problem;
  return (
    <div role="alert" className="editor-problem">
      {code === 'UNAUTHENTICATED' ? (
        <>
          {e.badKey}{' '}
          <button type="button" onClick={signOut}>
            {e.signOut}
          </button>
        </>
      ) : code === 'FORBIDDEN' ? (
        e.forbidden
      ) : (
        explain(error.problem).text
      )}
    </div>
  );
}
