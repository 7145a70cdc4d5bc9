import { describe, expect, it } from 'vitest'
import { clampPaneBounds } from '../../src/main/pane-bounds'

const content = { width: 1440, height: 900 }

describe('clampPaneBounds', () => {
  it('rounds edges to whole pixels', () => {
    expect(clampPaneBounds({ x: 10.4, y: 20.6, width: 300.3, height: 200.2 }, content)).toEqual({
      x: 10,
      y: 21,
      width: 301, // right edge 310.7 → 311
      height: 200, // bottom edge 220.8 → 221
    })
  })

  it('keeps the pane inside the content area', () => {
    expect(clampPaneBounds({ x: -50, y: -10, width: 200, height: 100 }, content)).toEqual({
      x: 0,
      y: 0,
      width: 150,
      height: 90,
    })
    expect(clampPaneBounds({ x: 1400, y: 850, width: 500, height: 500 }, content)).toEqual({
      x: 1400,
      y: 850,
      width: 40,
      height: 50,
    })
    expect(clampPaneBounds({ x: 2000, y: 1000, width: 10, height: 10 }, content)).toEqual({
      x: 1440,
      y: 900,
      width: 0,
      height: 0,
    })
  })

  it('scales CSS pixels by the UI zoom factor', () => {
    expect(clampPaneBounds({ x: 100, y: 40, width: 400, height: 300 }, content, 1.25)).toEqual({
      x: 125,
      y: 50,
      width: 500,
      height: 375,
    })
    expect(clampPaneBounds({ x: 800, y: 0, width: 800, height: 900 }, content, 1.5)).toEqual({
      x: 1200,
      y: 0,
      width: 240,
      height: 900,
    })
  })

  it('gives an empty slot an empty pane', () => {
    expect(clampPaneBounds({ x: 0, y: 0, width: 0, height: 0 }, content)).toEqual({
      x: 0,
      y: 0,
      width: 0,
      height: 0,
    })
  })
})
