import { useId } from 'react';
import { LANGUAGES, type Language } from '../../domain/core.ts';
import { useLanguage } from './language.ts';

/** Each language named in its own script, so anyone can find theirs. */
const NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

/** The visible language switch; the choice is remembered on this device. */
export function LanguageSwitch() {
  const id = useId();
  const { language, setLanguage } = useLanguage();
  return (
    <div className="language">
      <label htmlFor={id}>Language · 语言</label>
      <select id={id} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
