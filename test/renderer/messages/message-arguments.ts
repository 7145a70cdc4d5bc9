// What a message asks of its parameters, read from its ICU syntax tree: which arguments it uses,
// how each is formatted, and the options of each select and plural. Two languages' messages for
// one id must ask the same of the same parameters.

import {
  isPluralElement,
  isPoundElement,
  isSelectElement,
  isTagElement,
  parse,
  TYPE,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser'

export interface MessageArguments {
  /** Each argument's name → how the message formats it: `argument` (as text), `number`, `date`, `plural`, `select` … */
  kinds: Map<string, Set<string>>
  /** Each select's and plural's name → its option keys (`yes`, `other`, `=0`, `one` …). */
  options: Map<string, Set<string>>
  /** The marks it puts on its words (`<code>…</code>`): the UI styles them, so each language keeps them. */
  tags: Set<string>
  /** The message's own words: its literal text, in every option, without the arguments. */
  literal: string
}

/** MESSAGE's arguments; throws when it is not valid ICU MessageFormat. */
export function argumentsOf(message: string): MessageArguments {
  const found: MessageArguments = {
    kinds: new Map(),
    options: new Map(),
    tags: new Set(),
    literal: '',
  }
  const add = (map: Map<string, Set<string>>, name: string, value: string): void => {
    map.set(name, (map.get(name) ?? new Set()).add(value))
  }
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.literal) {
        found.literal += element.value
        continue
      }
      if (isPoundElement(element)) continue
      // A tag (`<code>…</code>`) marks words for the UI to style; it is no parameter, but the
      // words and arguments inside it are the message's own.
      if (isTagElement(element)) {
        found.tags.add(element.value)
        walk(element.children)
        continue
      }
      add(found.kinds, element.value, TYPE[element.type])
      if (isSelectElement(element) || isPluralElement(element)) {
        for (const [key, option] of Object.entries(element.options)) {
          add(found.options, element.value, key)
          walk(option.value)
        }
      }
    }
  }
  walk(parse(message))
  return found
}
