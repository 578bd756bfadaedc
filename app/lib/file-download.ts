/** RFC 6266/5987: an ASCII fallback name, and the real one percent-encoded as UTF-8. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * An uploaded file as a response, for the page and the API alike: always an attachment, in the
 * type read from its content when it was stored, never sniffed, and sandboxed. A file is something
 * people uploaded and must never run as a page of this site.
 */
export function fileDownload(file: { content: Uint8Array; mediaType: string; fileName: string }): Response {
  return new Response(file.content as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cache-Control": "private, no-store",
    },
  });
}
