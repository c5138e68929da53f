import { Component, type ErrorInfo, type ReactNode } from 'react';
import { DownloadNow } from './DownloadNow.tsx';

// Around each panel of the studio: a panel that fails to render says so in its place, with ways out,
// and the rest of the studio goes on working (React unmounts everything under a render error otherwise).

interface Props {
  /** The panel's name as the author sees it ("Preview", "Drafts"). */
  name: string;
  children: ReactNode;
}

export class PanelBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Studio panel “${this.props.name}” failed:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel-failed" role="alert" data-panel={this.props.name}>
        <p>
          The {this.props.name} panel stopped working: {error.message || error.name}. Your draft is still
          saved in this browser.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>{' '}
        <button type="button" onClick={() => location.reload()}>
          Reload the studio
        </button>{' '}
        <DownloadNow />
      </section>
    );
  }
}
