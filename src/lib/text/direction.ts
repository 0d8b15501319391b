// The writing direction of a text, for the `dir` attribute of paragraphs and cells.

/** Text direction for a paragraph: right-to-left when its first strong character is Arabic or Hebrew script. */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const strong = text.match(/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u);
  return strong && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(strong[0]) ? 'rtl' : 'ltr';
}
