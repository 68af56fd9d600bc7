/**
 * The compare feature: theme lanes (one theme's aligned passages across documents, with stored
 * decisions) and year over year (two reports of one place). Other views send the user to the lanes
 * with `openLanes({ themeId, focusDocId })`.
 */
import './compare.css'

export { LanesView } from './LanesView'
export { YearOverYearView } from './YearOverYearView'
export { openLanes } from './lanes-filter'
