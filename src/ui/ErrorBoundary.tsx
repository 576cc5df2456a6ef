/**
 * The net under one part of the page. If the part throws while rendering (a record it cannot
 * show, or a bug), it is replaced by a message that says what failed, and the rest of the app
 * carries on. Three ways out: reset the part (re-mount it), export the data held in memory, or
 * clear what this browser stored for the app (after a confirmation) and reload.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import './ErrorBoundary.css';

export interface RecoveryActions {
  /** Download what is in memory (the imported sets, with their provenance); returns what happened, in words. */
  exportData: () => string | Promise<string>;
  /** Delete what this browser stored for the app, then reload; `onWaiting` is told if another tab holds it open. */
  clearStoredData: (onWaiting: (message: string) => void) => Promise<void>;
}

interface Props {
  /** The part, in words that fit "… could not be shown": "The incident list". */
  what: string;
  actions: RecoveryActions;
  /** Placement of the message: e.g. "panel panel-right" to take a grid area, or "floating" over the map. */
  className?: string;
  /** Run before the part is re-mounted, e.g. to close the dialog whose content failed. */
  onReset?: () => void;
  resetLabel?: string;
  /** When this changes while the message shows, the part is tried again (e.g. another incident was selected). */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: unknown;
  confirming: boolean;
  status: string;
}

const describe = (error: unknown) =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, confirming: false, status: '' };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown error'), confirming: false, status: '' };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`${this.props.what} failed`, error, info.componentStack);
  }

  componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.reset();
  }

  private reset = () => {
    try {
      this.props.onReset?.();
    } catch (error) {
      console.error(error);
    }
    // The message replaced the part, so the part was unmounted: clearing the error mounts it afresh.
    this.setState({ error: null, confirming: false, status: '' });
  };

  private exportData = () => {
    const failed = (error: unknown) => this.setState({ status: `The export failed too (${describe(error)}).` });
    try {
      this.setState({ status: 'Preparing the export…' });
      Promise.resolve(this.props.actions.exportData()).then((status) => this.setState({ status }), failed);
    } catch (error) {
      failed(error);
    }
  };

  private clear = () => {
    this.setState({ confirming: false, status: 'Clearing stored data…' });
    this.props.actions
      .clearStoredData((status) => this.setState({ status }))
      .catch((error: unknown) => this.setState({ status: `Stored data could not be cleared (${describe(error)}).` }));
  };

  render(): ReactNode {
    const { error, confirming, status } = this.state;
    if (!error) return this.props.children;
    const { what, className = '', resetLabel = 'Reset this panel' } = this.props;
    return (
      <section className={`panel-failure ${className}`} role="alert" aria-label={`${what}: failed`}>
        <p className="panel-failure-title">
          <strong>{what} could not be shown.</strong>
        </p>
        <p>
          It failed with: <code>{describe(error)}</code>. The rest of the app still works; to keep a copy of what you
          imported, export it.
        </p>
        <div className="button-row">
          <button type="button" className="secondary-button" onClick={this.reset}>
            {resetLabel}
          </button>
          <button type="button" className="secondary-button" onClick={this.exportData}>
            Export my data
          </button>
          <button type="button" className="secondary-button" onClick={() => this.setState({ confirming: true })}>
            Clear stored data…
          </button>
        </div>
        {confirming && (
          <div className="panel-failure-confirm" role="group" aria-label="Clear stored data?">
            <p>
              This deletes every dataset imported into this browser and the settings it remembers, then reloads the
              page. Export first to keep a copy.
            </p>
            <div className="button-row">
              <button type="button" className="secondary-button danger" onClick={this.clear}>
                Delete stored data and reload
              </button>
              <button type="button" className="secondary-button" onClick={() => this.setState({ confirming: false })}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {status && <p role="status">{status}</p>}
      </section>
    );
  }
}
