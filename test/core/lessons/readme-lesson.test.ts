// The README's small lesson is the one a teacher copies first: it must be a lesson the app reads.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { readLessonText } from '../../../src/core/lessons/read-lesson'

it('the lesson in the README reads without a problem, with its prediction', async () => {
  const readme = await readFile(join(import.meta.dirname, '../../../README.md'), 'utf8')
  const block = /```yaml\n(format: 1\n[\s\S]*?)```/.exec(readme)?.[1]
  expect(block).toBeTruthy()
  const reading = readLessonText(block!)
  expect(reading.ok ? [] : reading.problems).toEqual([])
  if (!reading.ok) return
  expect(reading.lesson.steps.map((step) => step.id)).toEqual(['set', 'get'])
  expect(reading.lesson.steps[1]!.prediction?.answer).toBe('yes')
})
