import { describe, expect, it, vi } from 'vitest'
import { startTutorialServer } from '../../src/core/server'
import { Shutdown } from '../../src/main/shutdown'

describe('Shutdown', () => {
  it('closes the tutorial server it was given: its port stops answering', async () => {
    const server = await startTutorialServer({ port: 0 })
    expect((await fetch(`${server.url}/`)).status).toBe(200)

    const shutdown = new Shutdown()
    shutdown.add('tutorial server', () => server.close())
    await shutdown.run()

    await expect(fetch(`${server.url}/`)).rejects.toThrow()
  })

  it('closes newest first, once, however often quit is asked', async () => {
    const order: string[] = []
    const shutdown = new Shutdown()
    shutdown.add('server', () => order.push('server'))
    shutdown.add('capture', async () => {
      await Promise.resolve()
      order.push('capture')
    })
    shutdown.add('ipc', () => order.push('ipc'))
    expect(shutdown.started).toBe(false)
    await Promise.all([shutdown.run(), shutdown.run()])
    await shutdown.run()
    expect(shutdown.started).toBe(true)
    expect(order).toEqual(['ipc', 'capture', 'server'])
  })

  it('still closes the rest when one part fails, and says which failed', async () => {
    const log = vi.fn()
    const closed: string[] = []
    const shutdown = new Shutdown(log)
    shutdown.add('server', () => closed.push('server'))
    shutdown.add('capture', () => {
      throw new Error('already closed')
    })
    await shutdown.run()
    expect(closed).toEqual(['server'])
    expect(log).toHaveBeenCalledWith('shutdown: closing capture failed: already closed')
  })

  it('closes a part that starts after quitting began', async () => {
    const shutdown = new Shutdown()
    await shutdown.run()
    const close = vi.fn()
    shutdown.add('late server', close)
    await vi.waitFor(() => expect(close).toHaveBeenCalledOnce())
  })
})
