import AnnouncementsPage, { generateMetadata as metadata } from "@/app/(site)/(public)/announcements/page";
import { cachedVariant } from "@/lib/cache/public-render";

export const generateMetadata = cachedVariant(metadata);
export default cachedVariant(AnnouncementsPage);
