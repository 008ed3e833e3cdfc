import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { children: ReactNode; title: string; retry: string };
type State = { error: Error | null };

/** The last line for rendering bugs: a message and a reload, never a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unhandled rendering error', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <Result
          status="error"
          title={this.props.title}
          subTitle={this.state.error.message}
          extra={<Button onClick={() => window.location.reload()}>{this.props.retry}</Button>}
        />
      );
    }
    return this.props.children;
  }
}
