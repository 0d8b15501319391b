// Posts embedded from social networks: each platform's embed code wraps the post in markup of its own name
// (`<blockquote class="twitter-tweet">`, `instagram-media`, `tiktok-embed`, `bluesky-embed`, …), and until its script
// runs the post is text in the article — someone else's words with a "— Name (@handle) Date" signature, not the
// article's paragraphs. Such an element is kept as one piece of boilerplate, never as body.

/** Class names the platforms' embed codes give the element that holds the post. */
const EMBED_CLASSES = new Set([
  'twitter-tweet', 'twitter-video', 'twitter-timeline', // X / Twitter
  'instagram-media', // Instagram
  'tiktok-embed', // TikTok
  'bluesky-embed', // Bluesky
  'mastodon-embed', // Mastodon
  'text-post-media', // Threads
  'fb-post', 'fb-video', 'fb-xfbml-parse-ignore', // Facebook
  'reddit-embed-bq', 'reddit-card', // Reddit
  'youtube-player', // YouTube players that print a title or fallback text
]);

/** The element an embedded post is turned into, read out as one boilerplate paragraph (see html.ts). */
export const EMBED_TAG = 'wirediff-embed';

/** True when an element's class names it as a social network's embedded post. */
export function isEmbed(element: Element): boolean {
  return (element.getAttribute('class') ?? '').split(/\s+/).some((name) => EMBED_CLASSES.has(name.toLowerCase()));
}

/**
 * Replaces each embedded post inside `root` (the extracted content), outermost first, by an EMBED_TAG element with
 * its text. Returns how many were replaced.
 */
export function markEmbeds(root: Element): number {
  let replaced = 0;
  for (const element of [...root.querySelectorAll('[class]')]) {
    if (!root.contains(element) || !isEmbed(element)) continue;
    const embed = element.ownerDocument.createElement(EMBED_TAG);
    // Spaces between the post's blocks, so the text and its signature do not run together.
    embed.textContent = [...blockTexts(element)].join(' ');
    element.replaceWith(embed);
    replaced += 1;
  }
  return replaced;
}

/** The text of an element's nodes, a space at each element boundary. */
function* blockTexts(element: Element): Generator<string> {
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) yield node.textContent ?? '';
    else for (const child of [...node.childNodes].reverse()) stack.push(child);
  }
}
