/**
 * A short description of the annotation pane's current filter, for the export dialog's scope line,
 * the export title and the file name (e.g. `公共安全 · 黄色 · #指标`). Takes the filter's fields
 * structurally so the pane's own type stays the pane's; display names come from the caller.
 */

/** The pane filter fields the label describes ('' = not set). */
export interface PaneFilterFields {
  documentId: string
  themeId: string
  color: string
  tag: string
  text: string
}

export const FILTER_LABEL_SEPARATOR = ' · '

/**
 * Joins the set fields in a fixed order: document, theme, colour, tag, search text.
 * @param names display names of a document id, theme id and colour (fall back to the raw value)
 * @returns '' when no field is set
 */
export function filterLabel(
  filter: PaneFilterFields,
  names: {
    document?: (id: string) => string | undefined
    theme?: (id: string) => string | undefined
    color?: (color: string) => string | undefined
  } = {},
): string {
  const parts = [
    filter.documentId && (names.document?.(filter.documentId) ?? filter.documentId),
    filter.themeId && (names.theme?.(filter.themeId) ?? filter.themeId),
    filter.color && (names.color?.(filter.color) ?? filter.color),
    filter.tag && `#${filter.tag}`,
    filter.text.trim() && `“${filter.text.trim()}”`,
  ]
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(FILTER_LABEL_SEPARATOR)
}
