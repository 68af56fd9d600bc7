/**
 * A reader column's heading: the document's one label (place · year · short type, as in every compare
 * view and export), the full title on hover; the missing-document text when it is gone.
 */
import type { DocumentLabel } from '../sets'

interface ColumnTitleProps {
  name: DocumentLabel | undefined
  missing: string
}

export function ColumnTitle({ name, missing }: ColumnTitleProps) {
  return (
    <h2 className="column-title" title={name?.title ?? missing}>
      {name?.label ?? missing}
    </h2>
  )
}
