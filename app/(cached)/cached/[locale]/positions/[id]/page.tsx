import PositionPage, { generateMetadata as metadata } from "@/app/(site)/(public)/positions/[id]/page";
import { cachedVariant } from "@/lib/cache/public-render";

export const generateMetadata = cachedVariant(metadata);
export default cachedVariant(PositionPage);
