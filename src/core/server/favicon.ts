// A real favicon, so the browser's favicon request is real traffic with a real answer: a 16×16
// cookie drawn in code as a 32-bit ICO (a BMP inside an ICO header, no compression needed).

const SIZE = 16
const DOUGH = [0x3c, 0x8c, 0xd6, 0xff] // BGRA
const EDGE = [0x1f, 0x5d, 0xa8, 0xff]
const CHIP = [0x1b, 0x2a, 0x4a, 0xff]
const CHIPS = [
  [5, 5],
  [10, 4],
  [8, 8],
  [4, 10],
  [11, 10],
  [7, 12],
]

function pixel(x: number, y: number): number[] {
  const dx = x + 0.5 - SIZE / 2
  const dy = y + 0.5 - SIZE / 2
  const distance = Math.hypot(dx, dy)
  if (distance > 7.5) return [0, 0, 0, 0]
  if (CHIPS.some(([cx = 0, cy = 0]) => Math.abs(x - cx) + Math.abs(y - cy) <= 0.5)) return CHIP
  return distance > 6.5 ? EDGE : DOUGH
}

function buildIco(): Buffer {
  const pixels = Buffer.alloc(SIZE * SIZE * 4)
  for (let row = 0; row < SIZE; row++) {
    // BMP rows run bottom-up.
    const y = SIZE - 1 - row
    for (let x = 0; x < SIZE; x++) pixels.set(pixel(x, y), (row * SIZE + x) * 4)
  }
  const andMask = Buffer.alloc(SIZE * 4) // 16 rows of 32 bits: transparency comes from alpha
  const bitmap = Buffer.alloc(40)
  bitmap.writeUInt32LE(40, 0)
  bitmap.writeInt32LE(SIZE, 4)
  bitmap.writeInt32LE(SIZE * 2, 8) // an ICO's BMP counts the AND mask in its height
  bitmap.writeUInt16LE(1, 12)
  bitmap.writeUInt16LE(32, 14)
  bitmap.writeUInt32LE(pixels.length + andMask.length, 20)
  const image = Buffer.concat([bitmap, pixels, andMask])

  const header = Buffer.alloc(6 + 16)
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(1, 4) // one image
  header.writeUInt8(SIZE, 6)
  header.writeUInt8(SIZE, 7)
  header.writeUInt16LE(1, 10) // colour planes
  header.writeUInt16LE(32, 12) // bits per pixel
  header.writeUInt32LE(image.length, 14)
  header.writeUInt32LE(header.length, 18)
  return Buffer.concat([header, image])
}

export const FAVICON_ICO: Buffer = buildIco()
