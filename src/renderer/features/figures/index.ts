/** The figures view: quantified targets and results by theme × document, linked to their passages. */
export { FiguresView } from './FiguresView'
