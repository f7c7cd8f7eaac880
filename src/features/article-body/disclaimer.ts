/**
 * English possessive of a name, with a typographic apostrophe:
 * "Arab News" → "Arab News’", "The Herald" → "The Herald’s".
 */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/**
 * Fills a section's disclaimer template. `{publication's}` becomes the
 * possessive of the publication's name, `{publication}` the name itself.
 */
export function formatDisclaimer(template: string, publicationName: string): string {
  return template.replaceAll(/\{publication['’]s\}/g, possessive(publicationName)).replaceAll('{publication}', publicationName);
}
