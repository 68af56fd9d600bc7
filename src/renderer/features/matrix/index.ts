/** The theme × document matrix view, and the text-export helper the figures view shares. */
export { MatrixView } from './MatrixView'
export { useSaveText } from './useSaveText'
