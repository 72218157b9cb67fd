/** A URL the UI may put in a link or an image: http(s) and blob only (never javascript:, data: …). */
export function safeUrl(url: string | null | undefined): string | undefined {
  return url && /^(https?:|blob:)/i.test(url.trim()) ? url : undefined;
}
