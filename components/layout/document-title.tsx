"use client";

import { useEffect } from "react";

/**
 * Makes sure the document has this title once the page runs. A 404 answered by notFound() in a
 * page is not server-rendered by Next (vercel/next.js#62228: the HTML is an empty error shell and
 * the page is rendered in the browser), and that path loses the metadata's <title> in Chrome.
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    if (document.title !== title) document.title = title;
  }, [title]);
  return null;
}
