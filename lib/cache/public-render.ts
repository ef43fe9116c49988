import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { type Locale } from "@/lib/i18n/config";
import { parseRenderSegment, type Viewer } from "./cached-path";

/**
 * Public pages for visitors without a session come from Next's cache: proxy.ts rewrites them to
 * app/(cached)/cached/[locale]/…, whose layout and pages render the same components as the
 * signed-in site. Such a render must not read cookies or headers (that would make it dynamic),
 * so it first marks itself here: the language comes from the URL's segment, and nobody is signed
 * in. lib/i18n/request.ts and getCurrentUser() read the mark. (React's cache() is per request.)
 * A member's copy (app/(cached)/cached/zh.talent/…, lib/cache/cached-path.ts renderSegment) also
 * names the role whose header it shows: the header reads it (headerRole), nothing else does.
 */
const mark = cache((): { locale?: Locale; viewer?: Viewer } => ({}));

/** The language of this render when it is a cached public page; undefined on the dynamic site. */
export function cachedRenderLocale(): Locale | undefined {
  return mark().locale;
}

/** The role a cached member's copy is rendered for; undefined for visitors' copies and on the dynamic site. */
export function cachedRenderViewer(): Viewer | undefined {
  return mark().viewer;
}

type LocaleParams = { params: Promise<{ locale: string }> };

/**
 * Wraps a layout's, page's or metadata function of the site for the cached tree: the render is
 * marked before the function runs (a first segment renderSegment does not write is a 404).
 */
export function cachedVariant<P extends object, R>(render: (props: P) => R | Promise<R>) {
  return async (props: P & LocaleParams): Promise<R> => {
    const segment = parseRenderSegment((await props.params).locale);
    if (!segment) notFound();
    mark().locale = segment.locale;
    mark().viewer = segment.viewer;
    return render(props);
  };
}
