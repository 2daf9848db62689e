import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { parseLanguage, type Language } from '../../domain/core.ts';
import { storage } from '../browser/storage.ts';
import { uiText, type UiText } from './en.ts';
import { LanguageContext } from './language.ts';

const LANGUAGE_KEY = 'kubeadm-wizard/language';

/** The remembered choice, else the first browser language we have, else English. */
function preferredLanguage(): Language {
  const stored = parseLanguage(storage.get(LANGUAGE_KEY) ?? '');
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = parseLanguage(tag);
    if (language) return language;
  }
  return 'en';
}

/** English is in the main bundle; other languages load on demand. */
async function loadText(language: Language): Promise<UiText> {
  if (language === 'en') return uiText;
  const { zhCN } = await import('./zh-CN.ts');
  return zhCN;
}

/** Provides the UI text of the chosen language; renders once that language's text is loaded. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [initial] = useState(preferredLanguage);
  const [state, setState] = useState<{ language: Language; text: UiText } | undefined>(
    initial === 'en' ? { language: 'en', text: uiText } : undefined,
  );

  const setLanguage = useCallback((language: Language) => {
    storage.set(LANGUAGE_KEY, language);
    void loadText(language).then((text) => setState({ language, text }));
  }, []);

  useEffect(() => {
    if (initial !== 'en')
      void loadText(initial).then((text) => setState({ language: initial, text }));
  }, [initial]);

  useEffect(() => {
    if (state) document.documentElement.lang = state.language;
  }, [state]);

  const value = useMemo(() => state && { ...state, setLanguage }, [state, setLanguage]);
  if (!value) return null;
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
