/**
 * Which view is shown, and switching views. Below the features (which switch views, e.g. "open in the
 * reader") and the app shell (which draws the tabs); the shell mounts the provider.
 */
export { NavigationProvider, navigateTo, useNavigation } from './navigation'
export type { ViewId } from './view-ids'
