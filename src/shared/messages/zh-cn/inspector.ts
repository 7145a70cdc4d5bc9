// The store inspector's explanations, in Simplified Chinese. Each message's note for the
// translator is beside its English in `../en/inspector.ts`. Part of `../catalogue-zh-cn.ts`.

import type { Translation } from '../catalogue-entry'
import type { inspectorEn } from '../en/inspector'

export const inspectorZhCn = {
  'inspector.partition.summary': { message: '已分区：仅在 {topLevelSite} 的页面内可用' },
  'inspector.partition.crossSite': {
    message:
      '{domain} 是在 {topLevelSite} 页面中的一个框架里设置它的，且上层还有另一个站点（跨站祖先）。它只会在这种情况下发回 {domain}，即在 {topLevelSite} 页面中的此类框架里；单独打开的 {domain}，或被其他任何站点嵌入的 {domain}，都另有一份独立的 Cookie。',
  },
  'inspector.partition.sameSite': {
    message:
      '{domain} 是在 {topLevelSite} 的页面中设置它的，中间没有其他站点。它只会在 {topLevelSite} 的页面内发回 {domain}；在其他任何地方，{domain} 都另有一份独立的 Cookie。',
  },
  'inspector.partition.opaque': {
    message:
      '已分区，但所在分区 Chromium 无法命名：顶级页面没有真正的源（例如沙盒框架、data: URL）',
  },
  'inspector.source': {
    message:
      '{scheme, select, Secure {通过 https 设置} NonSecure {通过 http 设置} Unset {未记录协议} other {协议 {scheme}}}{port, select, unknown {} other {，端口 {port}}}',
  },
  'inspector.issue.notSent': { message: '未随 {entry} 发送：{reasons}。' },
  'inspector.issue.setRefused': {
    message: '{entry} 设置的新值被拒绝（{reasons}）；Cookie 存储中仍是这个值。',
  },
  'inspector.issue.sameSiteNoneWithoutSecure': {
    message:
      'SameSite=None 但没有 Secure：Chromium 既不会存储、也不会跨站发送这样的 Cookie。请添加 Secure 并使用 https。',
  },
  'inspector.issue.valueBytes': {
    message:
      '值中含有纯 ASCII 以外的字符。它们以 UTF-8 字节传输，而许多服务器（包括 Flask）会按 Latin-1 读取：“é”到达时会变成“Ã©”。请改用百分号编码。',
  },
  'inspector.issue.chromium': { message: 'Chromium 在 {entry} 上标记了它：{reasons}。' },
  'inspector.issue.nearSizeLimit': {
    message:
      '名称和值占用了 {bytes} 字节，而浏览器为单个 Cookie 最多保留 {max} 字节：再多一点就会被拒绝。',
  },
  'inspector.add.noPageThere': {
    message:
      '浏览窗格显示的页面都不在 {domain} 上：教程服务器只响应 localhost、127.0.0.1 和 *.test 域名，而浏览窗格还没有打开过 {domain}。该 Cookie 可以放进 Cookie 存储，但除非浏览窗格访问 {domain}，否则不会有请求携带它。',
  },
  'inspector.add.ipIsHostOnly': {
    message:
      '{address} 是 IP 地址，没有子域名：Chromium 会将此 Cookie 按仅限主机存储，只用于 {address}，就像省略了 Domain 一样。',
  },
  'inspector.add.added': { message: '{name} 已在 Cookie 存储中。{warnings}' },
  'inspector.decode.invalid': { message: '不是有效的百分号编码：按存储的原样显示' },
  'inspector.draft.editKept': {
    message:
      '你为 {name} 输入的新值“{value}”尚未保存，已为你保留：回到实时视图后，可以保存或取消它。',
  },
  'inspector.draft.addKept': {
    message: '你正在添加的 Cookie 尚未保存，已为你保留：回到实时视图后，表单仍是你离开时的样子。',
  },
  'inspector.draft.cookieGone': {
    message:
      '{name} 已不在 Cookie 存储中：你编辑它时，它被移除了。你的值已保留：“保存”会用这个值把该 Cookie 放回去，“取消”则丢弃它。',
  },
  'inspector.draft.valueChanged': {
    message: '你开始编辑之后它已被更改：Cookie 存储中现在的值是“{value}”。“保存”会用你的值替换它。',
  },
  'inspector.draft.otherEditOpen': { message: '请先保存或取消你正在为 {name} 编辑的值。' },
} satisfies Translation<typeof inspectorEn>
