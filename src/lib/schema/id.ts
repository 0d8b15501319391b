// The shape of an article id, apart from the zod schema so the browser can test a string without loading zod.

/** The shape every article id has, so words with spaces or capitals are known to be no id. */
export const ARTICLE_ID = /^[a-z0-9][a-z0-9_-]*$/;
