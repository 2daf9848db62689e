import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DownloadNote, noteDescribedBy } from './DownloadNote.tsx';
import { FileView } from './FileView.tsx';

const file = { name: 'kubeadm-config.yaml', text: 'kind: ClusterConfiguration\n' };

function renderFile(errorCount: number) {
  return render(
    <>
      <FileView
        file={file}
        describedBy={noteDescribedBy('note', errorCount)}
        note={<DownloadNote id="note" errorCount={errorCount} issuesId="issues" />}
      />
      <div id="issues" />
    </>,
  );
}

describe('DownloadNote', () => {
  it('describes the download button with the error count while the files have errors', () => {
    renderFile(2);
    const button = screen.getByRole('button', { name: 'Download kubeadm-config.yaml' });
    expect(button).toHaveAccessibleDescription(/These files still have 2 errors/);
    expect(screen.getByRole('link', { name: 'See the errors' })).toHaveAttribute('href', '#issues');
  });

  it('says 1 error in the singular', () => {
    renderFile(1);
    expect(screen.getByText(/These files still have 1 error:/)).toBeInTheDocument();
  });

  it('shows no note and no description without errors', () => {
    renderFile(0);
    const button = screen.getByRole('button', { name: 'Download kubeadm-config.yaml' });
    expect(button).not.toHaveAttribute('aria-describedby');
    expect(screen.queryByText(/still have/)).not.toBeInTheDocument();
  });
});
