import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** Shows a plain message instead of a blank page; saved plans are untouched by a rendering error. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="panel error-panel">
        <h2>Something went wrong on this screen</h2>
        <p>Your saved plans are safe. Go back to your plans and try again.</p>
        <p className="muted">Details: {this.state.error.message}</p>
        <p>
          <a href="#/" onClick={() => this.setState({ error: null })}>
            Back to your plans
          </a>
        </p>
      </div>
    );
  }
}
