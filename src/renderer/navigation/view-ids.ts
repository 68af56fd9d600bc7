/** Ids of the app's views, in tab order. Add an id here and an entry in views.tsx to add a view. */
export const VIEW_IDS = [
  'library',
  'reader',
  'annotations',
  'notes',
  'segments',
  'matrix',
  'docmap',
  'concordance',
  'figures',
  'lanes',
  'yoy',
  'trace',
  'codebook',
] as const
export type ViewId = (typeof VIEW_IDS)[number]
