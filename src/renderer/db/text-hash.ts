/**
 * A content hash of a document's text, stored beside it so a changed text version can be told
 * apart from the one annotations were made on. Uses Web Crypto (browsers, workers, Node ≥ 20).
 */

/** SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits. */
export async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
