// The tutorial pages in Simplified Chinese, in real Chromium at the app's pane width: the seed's
// form still sets its cookie, the pages' scripts speak Chinese, nothing overflows sideways, and
// screenshots of them land in test-results/screens/ to be judged by eye.

import { join } from 'node:path'
import { describe, expect } from 'vitest'
import type { PaneLab } from '../support/lab-harness'
import { SCREENS_DIR } from '../support/lab-harness'
import { latestComplete, urlOf } from '../support/captured'
import { labTest } from '../support/lab-test'

/** About the pane's width beside the timeline on a 1440 px screen. */
const PANE = { width: 700, height: 720 }

/** How far the page is wider than the pane (0 when it fits), and its language. */
async function layoutOf(lab: PaneLab) {
  return lab.page.evaluate(() => ({
    lang: document.documentElement.lang,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }))
}

async function shoot(lab: PaneLab, name: string): Promise<void> {
  await lab.page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), animations: 'disabled' })
}

describe('the tutorial pages in Chinese, in Chromium', () => {
  labTest(
    'the login form sets userID as in English, and the pages fit the pane',
    async ({ lab }) => {
      lab.server.setLanguage('zh-CN')
      await lab.page.setViewportSize(PANE)
      await lab.session.navigate('/')
      expect(await layoutOf(lab)).toEqual({ lang: 'zh-CN', overflow: 0 })
      expect(await lab.page.textContent('main p')).toContain('输入一个名字，然后点击 Login')
      await shoot(lab, 'zh-tutorial-form')

      await lab.page.fill('input[name="nm"]', 'alice')
      await lab.page.click('input[type="submit"]')
      const set = await latestComplete(
        lab.capture,
        (e) => e.method === 'POST' && urlOf(e).pathname === '/setcookie',
      )
      expect(set.setCookies.map((line) => line.raw)).toEqual(['userID=alice; Path=/'])
      expect(await lab.page.textContent('h1')).toBe('Cookie 已设置')
      expect(await layoutOf(lab)).toEqual({ lang: 'zh-CN', overflow: 0 })
      await shoot(lab, 'zh-tutorial-cookie-set')

      for (const path of [
        '/cookies',
        '/playground',
        '/set?key=__Host-x&value=1&domain=shop.test',
      ]) {
        await lab.session.navigate(path)
        expect(await layoutOf(lab), path).toEqual({ lang: 'zh-CN', overflow: 0 })
      }
      await shoot(lab, 'zh-tutorial-playground-refusals')
      await lab.session.navigate('/cookies')
      // The page's own script words document.cookie in Chinese too.
      await lab.page.evaluate(() => {
        for (const cookie of document.cookie.split('; ')) {
          document.cookie = `${cookie.split('=')[0]}=; max-age=0`
        }
      })
      await expect.poll(() => lab.page.textContent('#document-cookie')).toBe('（空）')
    },
  )

  labTest('the cross-site page’s fetch reports in Chinese', async ({ lab }) => {
    lab.server.setLanguage('zh-CN')
    await lab.page.setViewportSize(PANE)
    await lab.session.navigate(lab.url('/cross-site/setup?from=www.shop.test', 'tracker.test'))
    await lab.capture.waitFor(() => lab.capture.store().some((cookie) => cookie.name === 'strict'))
    await lab.page.click('#next')
    await lab.page.waitForURL((address) => address.hostname === 'www.shop.test')
    expect(await layoutOf(lab)).toEqual({ lang: 'zh-CN', overflow: 0 })
    await lab.page.click('#call-fetch')
    await expect
      .poll(() => lab.page.textContent('#fetch-result'))
      .toBe('已发送；没有课程 Cookie 到达')
    await shoot(lab, 'zh-tutorial-cross-site')
  })
})
