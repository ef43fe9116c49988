import PositionsPage, { generateMetadata as metadata } from "@/app/(site)/(public)/positions/page";
import { searchOfSegment } from "@/lib/cache/cached-path";
import { cachedVariant } from "@/lib/cache/public-render";

type Props = { params: Promise<{ locale: string; query?: string[] }> };

/** The search page for visitors, one cached copy per search (proxy.ts, lib/cache/cached-path.ts). */
const withSearch = ({ params }: Props) => ({ searchParams: params.then((p) => searchOfSegment(p.query)) });

export const generateMetadata = cachedVariant((props: Props) => metadata(withSearch(props)));
export default cachedVariant((props: Props) => PositionsPage(withSearch(props)));
