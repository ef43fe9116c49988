import AnnouncementPage, { generateMetadata as metadata } from "@/app/(site)/(public)/announcements/[id]/page";
import { cachedVariant } from "@/lib/cache/public-render";

export const generateMetadata = cachedVariant(metadata);
export default cachedVariant(AnnouncementPage);
