/**
 * A drop-down over a list of options, optionally led by one with the empty value ("all documents",
 * "any level", "keep", "choose …"), so options are drawn alike everywhere and `onChange` hands over
 * the chosen value with its type.
 */
import type { SelectHTMLAttributes } from 'react'

export interface SelectOption<T extends string> {
  value: T
  label: string
  /** Shown on hover (a document's full title behind its short label). */
  title?: string
}

type SelectProps<T extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> & {
  value: T
  options: readonly SelectOption<T>[]
  /** The label of a first option with the value '' (which T must then include). */
  emptyLabel?: string
  /** Called with the chosen option's value (T is inferred from `value` and `options` only). */
  onChange(value: NoInfer<T>): void
}

export function Select<T extends string>({ value, options, emptyLabel, onChange, ...attributes }: SelectProps<T>) {
  return (
    // The value is one of the options' (or the empty option's), so it is a T.
    <select {...attributes} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value} title={option.title}>
          {option.label}
        </option>
      ))}
    </select>
  )
}

/** The options of a fixed list of choices, each shown as `labelOf(choice)`. */
export function optionsOf<T extends string>(choices: readonly T[], labelOf: (choice: T) => string): SelectOption<T>[] {
  return choices.map((value) => ({ value, label: labelOf(value) }))
}
