import { createContext, useContext } from 'react';
import type { Issue, Language } from '../../domain/index.ts';
import { useEngine } from '../hooks/engine.ts';
import { uiText, type UiText } from './en.ts';

export interface LanguageState {
  language: Language;
  text: UiText;
  setLanguage: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageState>({
  language: 'en',
  text: uiText,
  setLanguage: () => undefined,
});

/** The UI text of the current language. */
export function useText(): UiText {
  return useContext(LanguageContext).text;
}

/** The current language and the function that switches it. */
export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** formatIssue in the current language ('' until the engine has loaded; no issue exists before). */
export function useFormatIssue(): (issue: Issue) => string {
  const { language } = useContext(LanguageContext);
  const engine = useEngine();
  return (issue) => (engine ? engine.formatIssue(issue, language) : '');
}
