// Lesson-file problems (what `npm run lesson -- check` and the lesson list say is wrong in a lesson file), in Simplified Chinese. Each message's note for the translator is beside its English in `../en/lesson-problems.ts`. Part of `../catalogue-zh-cn.ts`.
import type { Translation } from '../catalogue-entry'
import type { lessonProblemsEn } from '../en/lesson-problems'

export const lessonProblemsZhCn = {
  'lessonProblem.fileUnreadable': {
    message:
      '无法读取该文件：{reason, select, ENOENT {文件不存在} EACCES {没有权限} EPERM {没有权限} EISDIR {这是一个文件夹，而不是文件} other {{reason}}}。',
  },
  'lessonProblem.fileTooLarge': {
    message: '该文件有 {bytes, number} 字节；课程文件最大为 {max, number} 字节，因此未读取。',
  },
  'lessonProblem.fileNotUtf8': { message: '该文件不是 UTF-8 文本。请将其另存为 UTF-8 编码。' },
  'lessonProblem.yamlSyntax': { message: '这不是有效的 YAML：{detail}。' },
  'lessonProblem.yamlTag': {
    message: '课程文件不接受 YAML 标签（{tag}）：课程只是普通数据。请删除该标签，直接写出值本身。',
  },
  'lessonProblem.yamlAliases': {
    message: '别名（*name）过多：展开后将复制超过 {max} 处内容。请直接写出这些值，或少用别名。',
  },
  'lessonProblem.yamlTooDeep': { message: '该文件中列表或映射的嵌套层级过深，不能作为课程。' },
  'lessonProblem.forbiddenKey': { message: '课程文件中不允许使用键“{key}”。' },
  'lessonProblem.missingField': { message: '缺少字段“{field}”。' },
  'lessonProblem.unknownField': { message: '此处没有字段“{field}”。已知字段：{known}。' },
  'lessonProblem.wrongType': {
    message:
      '此处应为：{expected, select, string {文本} number {数字} boolean {true 或 false} array {列表} object {映射（字段：值）} null {空值} other {{expected}}}，实际为：{found, select, string {文本} number {数字} boolean {true 或 false} array {列表} object {映射（字段：值）} null {空值} other {{found}}}。',
  },
  'lessonProblem.notOneOf': { message: '“{value}”不是以下值之一：{allowed}。' },
  'lessonProblem.textTooLong': { message: '文本过长：最多 {max, number} 个字符。' },
  'lessonProblem.textEmpty': { message: '文本为空。' },
  'lessonProblem.tooManyItems': { message: '项目过多：最多 {max, number} 项。' },
  'lessonProblem.tooFewItems': { message: '项目过少：至少 {min, number} 项。' },
  'lessonProblem.numberOutOfRange': { message: '应为 {min, number} 到 {max, number} 之间的整数。' },
  'lessonProblem.badId': {
    message: '应为 ID：由小写字母、数字和连字符组成，以字母或数字开头（例如 set-cookie）。',
  },
  'lessonProblem.badLanguage': { message: '应为语言标记，例如 en、zh-CN 或 pt-BR。' },
  'lessonProblem.badCookieName': {
    message:
      '应为 Cookie 名称：不能有空格，不能有 ";"、"=" 或 ","，不能有控制字符，最多 256 个字符。',
  },
  'lessonProblem.badPath': {
    message: '应为以 "/" 开头、不含 "?" 或 "#" 的路径（例如 /getcookie）。',
  },
  'lessonProblem.badUrl': {
    message:
      '应为以 "/" 开头的路径（例如 /getcookie），或 http: 或 https: URL（例如 https://www.shop.test/）。',
  },
  'lessonProblem.badHost': {
    message: '应为主机名，可带端口（例如 example.test 或 localhost:5000）。',
  },
  'lessonProblem.textNeedsEn': { message: '多语言文本需要一个 "en" 条目，即英文文本。' },
  'lessonProblem.invalidValue': { message: '此值在此处无效。' },
  'lessonProblem.languagesNeedEn': { message: '"languages" 必须包含 en：每段文本都有英文版本。' },
  'lessonProblem.languageNotDeclared': {
    message:
      '这段文本使用了 {language}，但 "languages" 中没有列出它。请将其添加到 "languages" 中。',
  },
  'lessonProblem.translationMissing': {
    message: '这段文本没有 {language} 版本，但 "languages" 列出了 {language}。',
  },
  'lessonProblem.duplicateStepId': {
    message: '步骤 ID“{id}”已被 steps[{first}] 使用。各步骤的 ID 必须互不相同。',
  },
  'lessonProblem.duplicateChoiceId': { message: '选项 ID“{id}”在此预测中使用了两次。' },
  'lessonProblem.answerNotAChoice': { message: '答案“{answer}”不在选项之中：{choices}。' },
  'lessonProblem.predictionWithoutChecks': {
    message: '预测所在的步骤需要检查：由检查来证明答案。',
  },
  'lessonProblem.linkNeedsSelectorOrText': {
    message: 'click-link 操作需要 "selector" 或 "text" 来找到要点击的链接。',
  },
  'lessonProblem.cookieNeverSet': {
    message:
      '没有任何步骤设置 Cookie“{cookie}”：请在设置它的步骤上添加检查（stored、refused 或 script-wrote）或 add-cookie 操作；如果它来自别处，请将其列在 "expects" 下。',
  },
  'lessonProblem.cookieSetLater': {
    message: 'Cookie“{cookie}”首次由 steps[{step}] 设置，晚于当前步骤：此检查在这里无法通过。',
  },
  'lessonProblem.focusNamesNothing': {
    message:
      '"focus" 指向 {what}，但本课程没有任何步骤访问、设置或检查它：将没有可突出显示的内容。',
  },
  'lessonProblem.hostNotDeclared': {
    message:
      '主机 {host} 不属于本教程：请将其添加到 "hosts" 中，以便在课程运行前向学习者展示该主机。',
  },
  'lessonProblem.noHttpsForHost': {
    message:
      '本教程没有为 {host} 提供 https：其证书只包含 {names}。请使用 http，或改用这些名称之一。',
  },
} satisfies Translation<typeof lessonProblemsEn>
