/** A filter's drop-down: "all" (the empty value) first, then one option per choice. */
interface FilterSelectProps {
  /** The accessible name (filters have no visible label). */
  label: string
  allLabel: string
  value: string
  options: readonly { value: string; label: string }[]
  onChange(value: string): void
}

export function FilterSelect({ label, allLabel, value, options, onChange }: FilterSelectProps) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{allLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  )
}
