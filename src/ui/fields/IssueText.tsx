import { useContext } from 'react';
import type { Issue } from '../../domain/index.ts';
import { EngineContext } from '../hooks/engine.ts';
import { useFormatIssue } from '../text/language.ts';

export interface IssueTextProps {
  issue: Issue;
}

/**
 * An issue's message, with the docs page it quotes (if any) as a link; the text stays the same.
 * The page comes from the engine, which every issue comes from (the first screen stays light).
 */
export function IssueText({ issue }: IssueTextProps) {
  const formatIssue = useFormatIssue();
  const engine = useContext(EngineContext);
  const text = formatIssue(issue);
  const url = engine?.issueDocsUrl(issue);
  const at = url ? text.indexOf(url) : -1;
  if (!url || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <a className="issue__docs" href={url} target="_blank" rel="noreferrer">
        {url}
      </a>
      {text.slice(at + url.length)}
    </>
  );
}
