/** Whether text is an absolute `http:` or `https:` URL, the only kind a reader's browser should be sent to from metadata. */
export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
