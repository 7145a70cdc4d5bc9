// The words of the window's frame: the header with the settings bar (zoom, Presenter, theme,
// language), the browser pane's toolbar, the splitters between panels.
// Part of the one English catalogue (`../catalogue-en.ts`).

import type { CatalogueEntry } from '../catalogue-entry'

/** Parameters of this topic's messages that take any. */
export interface UiShellParams {
  'ui.shell.server': { url: string }
  'ui.shell.hostFailed': { error: string }
  'ui.settings.percent': { zoom: number }
  'ui.settings.zoomReset': { percent: string }
  'ui.settings.smallest': { percent: string }
  'ui.settings.largest': { percent: string; presenter: 'yes' | 'no' }
}

export const uiShellEn = {
  'ui.shell.server': {
    message: 'tutorial server {url}',
    description:
      'In the window header, after the app name: where the embedded tutorial server listens. {url}: its address, such as http://127.0.0.1:5123.',
  },
  'ui.shell.hostFailed': {
    message: 'Cookie Lab could not reach its host: {error}',
    description:
      'An alert under the header when the UI cannot talk to the app that hosts it. {error}: the reason.',
  },
  'ui.shell.resizePane': {
    message: 'Resize the browser pane and the cookie store',
    description:
      'Accessible name of the bar between the browser pane and the cookie store, which the user drags (or moves with arrow keys) to share the height.',
  },
  'ui.shell.resizeTimeline': {
    message: 'Resize the timeline and the detail',
    description: 'Accessible name of the bar between the timeline and the detail view.',
  },
  'ui.settings.zoom': {
    message: 'Zoom',
    description: 'Accessible name of the group of zoom buttons (A−, the percentage, A+).',
  },
  'ui.settings.percent': {
    message: '{zoom, number, percent}',
    description: 'The zoom level as a percentage, on its button. {zoom}: 1 for 100 %.',
  },
  'ui.settings.zoomOut': {
    message: 'A− zoom out (Ctrl −)',
    description:
      'Accessible name of the zoom-out button, with its keyboard shortcut. Keep "A−" first: it is what the button shows.',
  },
  'ui.settings.zoomReset': {
    message: '{percent} reset zoom (Ctrl 0)',
    description:
      'Accessible name of the button that shows the zoom level and resets it to 100 %. {percent}: the level shown, such as 125%.',
  },
  'ui.settings.zoomIn': {
    message: 'A+ zoom in (Ctrl +)',
    description:
      'Accessible name of the zoom-in button, with its keyboard shortcut. Keep "A+" first: it is what the button shows.',
  },
  'ui.settings.smallest': {
    message: '{percent} is the smallest zoom.',
    description:
      'Tooltip of the zoom-out button when it can go no smaller. {percent}: such as 80%.',
  },
  'ui.settings.largest': {
    message:
      '{presenter, select, yes {{percent} is the largest zoom this window holds in Presenter: a larger window allows more.} other {{percent} is the largest zoom this window holds: a larger window allows more.}}',
    description:
      'Tooltip of the zoom-in button when the window cannot hold a larger zoom. {percent}: such as 150%; {presenter}: yes when Presenter (large type) is on.',
  },
  'ui.settings.presenter': {
    message: 'Presenter',
    description:
      'A toggle button in the header: large type for a projector (the whole UI and the page in the pane grow).',
  },
  'ui.settings.theme': {
    message: 'Theme',
    description: 'Accessible name of the group of theme buttons.',
  },
  'ui.settings.theme.system': {
    message: 'Auto',
    description: 'Theme button: follow the system light or dark setting.',
  },
  'ui.settings.theme.light': {
    message: 'Light',
    description: 'Theme button: light colours.',
  },
  'ui.settings.theme.dark': {
    message: 'Dark',
    description: 'Theme button: dark colours.',
  },
  'ui.settings.language': {
    message: 'Language',
    description:
      'Accessible name of the group of language buttons; each button names its language in that language (English, and Simplified Chinese in Chinese).',
  },
  'ui.pane.label': {
    message: 'Browser pane',
    description: 'Accessible name of the region that holds the browser pane and its toolbar.',
  },
  'ui.pane.back': {
    message: 'Back',
    description: 'Toolbar button of the browser pane: go back one page.',
  },
  'ui.pane.forward': {
    message: 'Forward',
    description: 'Toolbar button of the browser pane: go forward one page.',
  },
  'ui.pane.reload': {
    message: 'Reload',
    description: 'Toolbar button of the browser pane: reload the page.',
  },
  'ui.pane.home': {
    message: 'Home',
    description: "Toolbar button of the browser pane: go to the tutorial server's home page.",
  },
  'ui.pane.address': {
    message: 'Address: a path like /getcookie or a full URL',
    description: "Accessible name of the browser pane's address bar. Keep /getcookie as it is.",
  },
  'ui.pane.addressPlaceholder': {
    message: '/getcookie or http://…',
    description: 'Placeholder of the empty address bar. Keep /getcookie and http:// as they are.',
  },
  'ui.pane.go': {
    message: 'Go',
    description: 'The button after the address bar: load the address typed.',
  },
  'ui.pane.loading': {
    message: 'Loading…',
    description: 'Shown beside the address bar while the page in the pane loads.',
  },
  'ui.pane.crashed': {
    message: 'The page in the pane crashed.',
    description: 'Heading in place of the browser pane when its page crashed.',
  },
  'ui.pane.crashedWhy': {
    message:
      'Its renderer process stopped, so there is nothing to show. The timeline and the cookie store are still here. Reload to start the page again.',
    description: 'Under "The page in the pane crashed."',
  },
  'ui.pane.reloadPage': {
    message: 'Reload the page',
    description: 'Button in place of a crashed page: load it again.',
  },
} as const satisfies Record<`ui.${string}`, CatalogueEntry>
