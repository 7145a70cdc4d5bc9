// A Set-Cookie line's verdict once checked against the store, in Simplified Chinese. Each
// message's note for the translator is beside its English in `../en/line-verdicts.ts`. Part of
// `../catalogue-zh-cn.ts`.

import type { Translation } from '../catalogue-entry'
import type { lineVerdictsEn } from '../en/line-verdicts'

export const lineVerdictsZhCn = {
  'verdict.notStored': { message: '未存储，未给出原因' },
  'verdict.inferred': { message: '推断' },
  'verdict.inferredTitle': {
    message: '未存储，且浏览器未给出原因：此响应之后的 Cookie 存储中没有 {name}。',
  },
  'verdict.inferredLead': { message: '最可能的原因（根据该行本身推断，浏览器并未说明）：' },
  'verdict.heldTitle': { message: '该行要求的内容，以及 Cookie 存储中实际保存的内容：' },
  'verdict.capped': {
    message: '已限制为 {days} 天：保存到 {held, date, medium}，而不是 {asked, date, medium}',
  },
  'verdict.storedAs': { message: '存储为“{value}”' },
  'verdict.storedHostOnly': { message: '按仅限主机存储' },
  'verdict.storedFor': { message: '按域名 {domain} 存储' },
  'verdict.replaced': { message: '在读取 Cookie 存储之前已被替换' },
  'verdict.replacedDetail': {
    message:
      '同一 Cookie 的后一行（{where, select, here {在此响应的更下方} other {在之后的响应中}}）在捕获读取 Cookie 存储之前替换了它，因此从未看到存储中保存过这个值。',
  },
  'verdict.cause.inferredPartitionedWithoutSecure': { message: 'Partitioned 但没有 Secure' },
  'verdict.cause.inferredValueNotUtf8': { message: '含有非 UTF-8 字节' },
  'verdict.cause.inferredPrefixRules': { message: '{prefix} 前缀规则' },
  'verdict.cause.inferredCrowdedSite': { message: '该站点的 Cookie 过多' },
  'verdict.cause.inferredNoCause': { message: '该行本身看不出原因' },
} satisfies Translation<typeof lineVerdictsEn>
