// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { lessonCommandFor, type LessonKeyEvent } from '../../src/renderer/src/lesson-keys'

const press = (key: string, overrides: Partial<LessonKeyEvent> = {}): LessonKeyEvent => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target: document.body,
  ...overrides,
})

function element(html: string): Element {
  document.body.innerHTML = html
  const found = document.body.querySelector('[data-target]')
  if (!found) throw new Error('no target')
  return found
}

describe('the player keys', () => {
  it('steps with the arrows and resets with R, on the page itself', () => {
    expect(lessonCommandFor(press('ArrowRight'))).toBe('next')
    expect(lessonCommandFor(press('ArrowLeft'))).toBe('back')
    expect(lessonCommandFor(press('r'))).toBe('reset')
    expect(lessonCommandFor(press('R'))).toBe('reset')
    expect(lessonCommandFor(press('ArrowDown'))).toBeNull()
    expect(lessonCommandFor(press('x'))).toBeNull()
  })

  it('leaves the keys to the learner typing, in any field', () => {
    for (const html of [
      '<input data-target>',
      '<textarea data-target></textarea>',
      '<select data-target></select>',
      '<div contenteditable="true"><b data-target>x</b></div>',
    ]) {
      const target = element(html)
      expect(lessonCommandFor(press('r', { target })), html).toBeNull()
      expect(lessonCommandFor(press('ArrowRight', { target })), html).toBeNull()
    }
  })

  it('leaves the arrows to a control that moves with them, but not R', () => {
    const target = element('<div role="separator" tabindex="0" data-target></div>')
    expect(lessonCommandFor(press('ArrowLeft', { target }))).toBeNull()
    expect(lessonCommandFor(press('r', { target }))).toBe('reset')
  })

  it('leaves shortcuts with Ctrl, ⌘ or Alt, and keys a control already used, alone', () => {
    expect(lessonCommandFor(press('r', { ctrlKey: true }))).toBeNull()
    expect(lessonCommandFor(press('r', { metaKey: true }))).toBeNull()
    expect(lessonCommandFor(press('ArrowLeft', { altKey: true }))).toBeNull()
    expect(lessonCommandFor(press('ArrowRight', { defaultPrevented: true }))).toBeNull()
  })
})
