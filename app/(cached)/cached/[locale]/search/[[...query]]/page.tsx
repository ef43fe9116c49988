import { notFound } from "next/navigation";
import PositionsPage, { generateMetadata as metadata } from "@/app/(site)/(public)/positions/page";
import { searchKeyOf, searchOfSegment } from "@/lib/cache/cached-path";
import { cachedVariant } from "@/lib/cache/public-render";
import { registerCachedSearch } from "@/lib/cache/search-registry";

type Props = { params: Promise<{ locale: string; query?: string[] }> };

/**
 * The search page for visitors (and each role), one cached copy per search (proxy.ts,
 * lib/cache/cached-path.ts). Only a path cachedPathFor writes is a search's copy (another is a
 * 404), and each is entered in the registry of cached searches before it reads postings, so
 * that a change to postings finds it (lib/cache/search-registry.ts).
 */
const withSearch = ({ params }: Props) => ({ searchParams: params.then((p) => searchOfSegment(p.query)) });

async function registered(props: Props): Promise<Props> {
  const key = searchKeyOf((await props.params).query);
  if (key === null) notFound();
  await registerCachedSearch(key);
  return props;
}

export const generateMetadata = cachedVariant((props: Props) => metadata(withSearch(props)));
export default cachedVariant(async (props: Props) => PositionsPage(withSearch(await registered(props))));
