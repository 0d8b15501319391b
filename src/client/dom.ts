// The one helper client code builds DOM with: elements with text set by textContent, never markup from strings.

/** A new element with optional text (as textContent) and class. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}
