import { useCallback, useState } from 'react';

/**
 * The editor's API key lives in sessionStorage only: gone when the tab closes, never in the URL,
 * never in localStorage or a cookie, and never sent with the public (cached) reads.
 */
const STORAGE = 'vertailu.editorKey';

function stored(): string | null {
  try {
    return sessionStorage.getItem(STORAGE);
  } catch {
    return null;
  }
}

export function useEditorKey(): { key: string | null; signIn: (key: string) => void; signOut: () => void } {
  const [key, setKey] = useState<string | null>(stored);
  const signIn = useCallback((value: string) => {
    sessionStorage.setItem(STORAGE, value);
    setKey(value);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE);
    setKey(null);
  }, []);
  return { key, signIn, signOut };
}
