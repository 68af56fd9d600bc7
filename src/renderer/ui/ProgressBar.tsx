/** A labelled progress bar; without `total` it shows indeterminate progress. */
interface ProgressBarProps {
  label: string
  done?: number
  total?: number
}

export function ProgressBar({ label, done, total }: ProgressBarProps) {
  const known = done !== undefined && total !== undefined && total > 0
  return (
    <div className="progress">
      <progress aria-label={label} max={known ? total : undefined} value={known ? done : undefined} />
      <span className="progress-label">{label}</span>
    </div>
  )
}
