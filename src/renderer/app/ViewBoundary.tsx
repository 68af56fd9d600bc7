/**
 * A React error boundary around each view: a view that throws while rendering (a row the code did not
 * expect, a bug) shows a message with its reason and a way out — try again, or go to the library —
 * instead of unmounting the whole window into a blank page. The other views keep working, and the
 * stored data is untouched (rendering never writes).
 */
import { Component, type ReactNode } from 'react'
import { useI18n } from '../i18n'
import { useNavigation } from '../navigation'
import { messageOf } from '../../core/result'

interface BoundaryProps {
  children: ReactNode
}

interface BoundaryState {
  error: unknown
}

/** Catches render errors of its children; keyed by view id in the shell, so another view starts clean. */
export class ViewBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): BoundaryState {
    // A thrown non-Error (null, a string) still counts as a failure.
    return { error: error ?? new Error('unknown error') }
  }

  render() {
    if (this.state.error === null) return this.props.children
    return <ViewFailed error={this.state.error} onRetry={() => this.setState({ error: null })} />
  }
}

/** The recoverable message a failed view shows. */
export function ViewFailed({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useI18n()
  const { view, go } = useNavigation()
  return (
    <div className="view-failed" role="alert" data-testid="view-failed">
      <p>{t('app.viewFailed')}</p>
      <p className="hint">{messageOf(error)}</p>
      <p>
        <button type="button" className="primary" onClick={onRetry}>
          {t('app.retryView')}
        </button>{' '}
        {view !== 'library' && (
          <button type="button" onClick={() => go('library')}>
            {t('app.toLibrary')}
          </button>
        )}
      </p>
    </div>
  )
}
