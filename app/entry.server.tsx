import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { renderToPipeableStream } from "react-dom/server";
import { type EntryContext, ServerRouter } from "react-router";

/** server.js calls this before it listens: migrations, the auth secret and demo data come first. */
export { getServices as startup } from "../src/server/services.server";

export const streamTimeout = 10_000;

/**
 * Pages are sent whole (onAllReady) rather than streamed: they are forms and tables, and a
 * complete document is simpler for assistive technology and for the no-JavaScript path.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  if (request.method.toUpperCase() === "HEAD")
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  return new Promise<Response>((resolve, reject) => {
    const { pipe, abort } = renderToPipeableStream(
      <ServerRouter context={routerContext} url={request.url} />,
      {
        onAllReady() {
          const body = new PassThrough();
          responseHeaders.set("content-type", "text/html; charset=utf-8");
          responseHeaders.set("x-content-type-options", "nosniff");
          responseHeaders.set("x-frame-options", "DENY");
          responseHeaders.set("referrer-policy", "same-origin");
          pipe(body);
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
        },
        onShellError: reject,
        onError(error) {
          responseStatusCode = 500;
          console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000).unref();
  });
}
