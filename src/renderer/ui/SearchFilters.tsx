/**
 * A filter bar: a free-text search, then drop-downs whose first option ("all …", the empty value)
 * filters nothing. The library, the annotation list and Notes filter with it.
 */
import type { ReactNode } from 'react'
import { Select, type SelectOption } from './Select'

/** What every filter bar takes: its filter, and where the changed filter goes. */
export interface FilterBarProps<F> {
  filter: F
  onChange(filter: F): void
}

/** A setter that changes some of a filter's fields and keeps the others. */
export function patcher<F>({ filter, onChange }: FilterBarProps<F>): (patch: Partial<F>) => void {
  return (patch) => onChange({ ...filter, ...patch })
}

interface SearchFiltersProps {
  className: string
  /** The search field's placeholder and accessible name. */
  searchLabel: string
  text: string
  onText(text: string): void
  /** The drop-downs after the search field. */
  children: ReactNode
}

export function SearchFilters({ className, searchLabel, text, onText, children }: SearchFiltersProps) {
  return (
    <div className={className} role="search">
      <input type="search" value={text} placeholder={searchLabel} aria-label={searchLabel} onChange={(e) => onText(e.target.value)} />
      {children}
    </div>
  )
}

interface FilterSelectProps<T extends string> {
  /** The accessible name (filters have no visible label). */
  label: string
  allLabel: string
  value: T | ''
  options: readonly SelectOption<T>[]
  onChange(value: T | ''): void
}

export function FilterSelect<T extends string>({ label, allLabel, value, options, onChange }: FilterSelectProps<T>) {
  return <Select<T | ''> aria-label={label} emptyLabel={allLabel} value={value} options={options} onChange={onChange} />
}
