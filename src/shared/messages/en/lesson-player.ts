// The lesson player's own words in English: the lesson list, the screen before a lesson starts,
// the player's controls, predict-then-reveal, and the timeline's "fresh from here" note after a
// Reset. Part of the one English catalogue (`../catalogue-en.ts`). The lesson's own texts (titles,
// step texts, questions) are the teacher's and never pass through here; check sentences are in
// `lesson-checks.ts`.

import type { CatalogueEntry } from '../catalogue-entry'
import type { LessonPlayerMessageId } from '../message-ids'

export const lessonPlayerEn = {
  'lesson.button': {
    message: 'Lessons',
    description: 'Header button that opens the list of lessons (step-through cookie lessons).',
  },
  'lesson.panel': {
    message: 'Lesson',
    description: 'Accessible name of the panel that lists and plays lessons.',
  },
  'lesson.list.heading': {
    message: 'Lessons',
    description: 'Heading of the list of lessons the app can play.',
  },
  'lesson.list.steps': {
    message: '{count, plural, one {# step} other {# steps}}',
    description: 'How many steps a lesson in the list has.',
  },
  'lesson.list.builtIn': {
    message: 'built in',
    description: 'Where a listed lesson comes from: it ships with Cookie Lab.',
  },
  'lesson.list.file': {
    message: 'from {fileName}',
    description:
      'Where a listed lesson comes from: a file the teacher opened. {fileName}: its name.',
  },
  'lesson.list.languages': {
    message: 'in {languages}',
    description:
      'The languages a listed lesson is written in. {languages}: language tags such as "en, zh-CN".',
  },
  'lesson.list.loading': {
    message: 'Loading the lessons…',
    description: 'Shown while the host has not yet answered with the list of lessons.',
  },
  'lesson.list.failed': {
    message: 'The lessons could not be listed: {error}',
    description: "{error}: the host's reason, already in words.",
  },
  'lesson.open.file': {
    message: 'Open a lesson file…',
    description: 'Button that opens a file chooser for a lesson file (.yaml, .yml or .json).',
  },
  'lesson.open.drop': {
    message: 'or drop a lesson file (.yaml, .yml, .json) on the window.',
    description: 'Follows "Open a lesson file…": a file dragged onto the window opens too.',
  },
  'lesson.open.tooLarge': {
    message: '{fileName} is {bytes, number} bytes; a lesson file may be at most {max, number}.',
    description: 'A dropped or chosen file is over the lesson size cap, so it was not read.',
  },
  'lesson.open.unreadable': {
    message: '{fileName} could not be read: {error}',
    description:
      'A chosen or dropped file could not be read or sent. {error}: the reason in words.',
  },
  'lesson.open.problems': {
    message:
      '{fileName} is not a lesson Cookie Lab can play: {count, plural, one {one problem} other {# problems}}.',
    description:
      'Heading over the list of what is wrong with an opened lesson file (each with its line and field).',
  },
  'lesson.intro.hostsNone': {
    message: "This lesson reaches only the tutorial's own hosts.",
    description: 'Before a lesson starts: it visits no site beyond the embedded tutorial server.',
  },
  'lesson.intro.hosts': {
    message:
      'Beyond the tutorial, this lesson reaches {count, plural, one {this host} other {these hosts}}:',
    description:
      'Before a lesson starts: the hosts it declares, listed after this sentence, so the learner knows where it goes.',
  },
  'lesson.intro.start': {
    message: 'Start',
    description: 'Starts the lesson shown, at its first step.',
  },
  'lesson.intro.all': {
    message: 'All lessons',
    description: 'Goes back from one lesson to the list of lessons.',
  },
  'lesson.language': {
    message: 'Lesson language',
    description: "Label of the choice of language for the lesson's own texts.",
  },
  'lesson.close': {
    message: 'Close',
    description: 'Closes the lesson panel; the detail view comes back in its place.',
  },
  'lesson.closeTitle': {
    message: 'Close the lesson panel (the detail view comes back)',
    description: 'Tooltip of the Close button of the lesson panel.',
  },
  'lesson.progress': {
    message: 'Step {step} of {count}',
    description:
      'Where the learner is in the lesson. {step}: this step, from 1; {count}: all steps.',
  },
  'lesson.back': {
    message: 'Back',
    description: 'Goes to the previous step (key: left arrow).',
  },
  'lesson.next': {
    message: 'Next',
    description: 'Goes to the next step (key: right arrow).',
  },
  'lesson.reset': {
    message: 'Reset',
    description:
      'Starts the lesson over at step 1 with an empty cookie store and a fresh timeline (key: R). Nothing is deleted from the timeline; earlier rows are hidden.',
  },
  'lesson.resetTitle': {
    message:
      "Start over: empty the pane's cookie store, hide the rows so far, and go back to step 1 (R)",
    description: 'Tooltip of the Reset button.',
  },
  'lesson.keys': {
    message: 'Keys: → next, ← back, R reset',
    description: 'The keyboard shortcuts of the player (arrows and the letter R stay as they are).',
  },
  'lesson.lastStep': {
    message: 'This is the last step.',
    description: 'Shown in place of Next being useful: the lesson has no further step.',
  },
  'lesson.run': {
    message: 'Run this step',
    description: "Cookie Lab performs the step's action in the browser pane for the learner.",
  },
  'lesson.doIt': {
    message: 'Let me do it',
    description: 'The learner performs the step themselves in the browser pane; the checks follow.',
  },
  'lesson.running': {
    message: 'Running the step…',
    description: "Shown while Cookie Lab performs the step's action in the pane.",
  },
  'lesson.ran': {
    message: 'The step ran.',
    description: "Cookie Lab has performed the step's action; its checks are read live below.",
  },
  'lesson.yourTurn': {
    message: 'Your turn: do it in the browser pane. The checks below follow what happens.',
    description: 'After "Let me do it", or on a step the lesson leaves to the learner.',
  },
  'lesson.failed': {
    message: 'The step could not be run: {error}',
    description: "Cookie Lab could not perform the step's action. {error}: why, in words.",
  },
  'lesson.checks': {
    message: 'Checks',
    description: 'Heading of the list of what the step must show, each passed or not yet.',
  },
  'lesson.check.passed': {
    message: 'passed',
    description: 'A check holds: capture saw what it expects.',
  },
  'lesson.check.notYet': {
    message: 'not yet',
    description: 'A check does not hold yet; it is read again as exchanges arrive.',
  },
  'lesson.check.seen': {
    message: 'seen: {seen}',
    description: 'What capture showed for a check that has not passed. {seen}: that, in words.',
  },
  'lesson.check.none': {
    message: 'This step has no checks.',
    description: 'A step without checks: nothing to pass.',
  },
  'lesson.check.allPassed': {
    message: 'Every check passed.',
    description: "All of the step's checks hold.",
  },
  'lesson.check.hidden': {
    message: 'The checks show once the room has answered: they would give the answer away.',
    description: 'A step with a question: its checks stay hidden until the prediction is made.',
  },
  'lesson.predict.heading': {
    message: 'Predict',
    description: 'Heading of the question a step asks the room before it runs.',
  },
  'lesson.predict.prompt': {
    message: "Ask the room, then pick the room's answer (or skip).",
    description: 'Under the question: the teacher lets the room vote, then picks its answer.',
  },
  'lesson.predict.skip': {
    message: 'Skip the question',
    description: 'Goes on without a prediction.',
  },
  'lesson.predict.picked': {
    message: 'The room said: {choice}',
    description: "The answer the teacher picked for the room. {choice}: the lesson's own text.",
  },
  'lesson.reveal.heading': {
    message: 'Reveal',
    description: "Heading of the step's answer, shown once its checks prove it.",
  },
  'lesson.reveal.answer': {
    message: 'The answer: {answer}',
    description: "{answer}: the lesson's text of the right choice.",
  },
  'lesson.reveal.right': {
    message: 'The room was right.',
    description: "The room's prediction was the answer.",
  },
  'lesson.reveal.wrong': {
    message: 'The room said “{pick}”: not this time.',
    description: "The room's prediction was another choice. {pick}: that choice's text.",
  },
  'lesson.reveal.skipped': {
    message: 'The room did not predict.',
    description: 'The question was skipped, so there is no pick to compare.',
  },
  'lesson.reveal.waiting': {
    message: 'The answer shows once the step has run and its checks pass.',
    description: 'A step with a question: the reveal waits for the checks.',
  },
  'timeline.fresh.hidden': {
    message:
      '{count, plural, one {# earlier entry is hidden} other {# earlier entries are hidden}}: the timeline starts fresh from the Reset.',
    description:
      "A note at the top of the timeline after a lesson's Reset. Nothing was deleted. {count}: entries hidden.",
  },
  'timeline.fresh.show': {
    message: 'Show them',
    description: 'Shows the timeline entries the Reset hid.',
  },
} satisfies Record<LessonPlayerMessageId, CatalogueEntry>
