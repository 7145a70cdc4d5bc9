// The lesson player's own words, in Simplified Chinese. Each message's note for the translator is
// beside its English in `../en/lesson-player.ts`. Part of `../catalogue-zh-cn.ts`. “The room”
// (the class a teacher asks) is 大家.

import type { Translation } from '../catalogue-entry'
import type { lessonPlayerEn } from '../en/lesson-player'

export const lessonPlayerZhCn = {
  'lesson.button': { message: '课程' },
  'lesson.panel': { message: '课程' },
  'lesson.list.heading': { message: '课程' },
  'lesson.list.steps': { message: '{count, plural, other {# 个步骤}}' },
  'lesson.list.builtIn': { message: '内置' },
  'lesson.list.file': { message: '来自 {fileName}' },
  'lesson.list.languages': { message: '语言：{languages}' },
  'lesson.list.loading': { message: '正在加载课程…' },
  'lesson.list.failed': { message: '无法列出课程：{error}' },
  'lesson.open.file': { message: '打开课程文件…' },
  'lesson.open.drop': { message: '或将课程文件（.yaml、.yml、.json）拖放到窗口中。' },
  'lesson.open.tooLarge': {
    message: '{fileName} 有 {bytes, number} 字节；课程文件最大为 {max, number} 字节。',
  },
  'lesson.open.unreadable': { message: '无法读取 {fileName}：{error}' },
  'lesson.open.problems': {
    message: '{fileName} 不是 Cookie Lab 可以打开的课程：{count, plural, other {发现 # 个问题}}。',
  },
  'lesson.intro.hostsNone': { message: '本课程只访问教程自己的主机。' },
  'lesson.intro.hosts': {
    message: '除教程外，本课程还会访问{count, plural, =1 {这个主机} other {以下主机}}：',
  },
  'lesson.intro.start': { message: '开始' },
  'lesson.intro.all': { message: '全部课程' },
  'lesson.language': { message: '课程语言' },
  'lesson.close': { message: '关闭' },
  'lesson.closeTitle': { message: '关闭课程面板（详情视图会回到原处）' },
  'lesson.progress': { message: '第 {step} 步，共 {count} 步' },
  'lesson.back': { message: '上一步' },
  'lesson.next': { message: '下一步' },
  'lesson.reset': { message: '重置' },
  'lesson.resetTitle': {
    message: '重新开始：清空浏览窗格的 Cookie 存储，隐藏目前为止的行，并回到第 1 步（R）',
  },
  'lesson.keys': { message: '按键：→ 下一步，← 上一步，R 重置' },
  'lesson.lastStep': { message: '这是最后一步。' },
  'lesson.run': { message: '运行此步骤' },
  'lesson.doIt': { message: '我自己来' },
  'lesson.running': { message: '正在运行此步骤…' },
  'lesson.ran': { message: '此步骤已运行。' },
  'lesson.yourTurn': { message: '轮到你了：请在浏览窗格中操作。下方的检查会跟踪实际发生的情况。' },
  'lesson.failed': { message: '无法运行此步骤：{error}' },
  'lesson.checks': { message: '检查' },
  'lesson.check.passed': { message: '已通过' },
  'lesson.check.notYet': { message: '尚未通过' },
  'lesson.check.seen': { message: '实际情况：{seen}' },
  'lesson.check.none': { message: '此步骤没有检查。' },
  'lesson.check.allPassed': { message: '所有检查均已通过。' },
  'lesson.check.hidden': { message: '大家作答之后才会显示检查：现在显示会泄露答案。' },
  'lesson.predict.heading': { message: '预测' },
  'lesson.predict.prompt': { message: '先请大家作答，再选出大家的答案（也可以跳过）。' },
  'lesson.predict.skip': { message: '跳过此问题' },
  'lesson.predict.picked': { message: '大家的回答：{choice}' },
  'lesson.reveal.heading': { message: '揭晓' },
  'lesson.reveal.answer': { message: '答案：{answer}' },
  'lesson.reveal.right': { message: '大家答对了。' },
  'lesson.reveal.wrong': { message: '大家的回答是“{pick}”：这次没答对。' },
  'lesson.reveal.skipped': { message: '大家没有作出预测。' },
  'lesson.reveal.waiting': { message: '此步骤运行完毕且检查通过后，才会显示答案。' },
  'timeline.fresh.hidden': {
    message: '{count, plural, other {# 个较早的条目已隐藏}}：时间线从重置处重新开始。',
  },
  'timeline.fresh.show': { message: '显示这些条目' },
} satisfies Translation<typeof lessonPlayerEn>
