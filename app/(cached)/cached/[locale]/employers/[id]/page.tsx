import EmployerPage, { generateMetadata as metadata } from "@/app/(site)/(public)/employers/[id]/page";
import { cachedVariant } from "@/lib/cache/public-render";

export const generateMetadata = cachedVariant(metadata);
export default cachedVariant(EmployerPage);
