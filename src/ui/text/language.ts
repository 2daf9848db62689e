import { createContext, useContext } from 'react';
import { formatIssue, type Issue, type Language } from '../../domain/index.ts';
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

/** formatIssue in the current language. */
export function useFormatIssue(): (issue: Issue) => string {
  const { language } = useContext(LanguageContext);
  return (issue) => formatIssue(issue, language);
}
