import HomePage from "@/app/(site)/(public)/page";
import { cachedVariant } from "@/lib/cache/public-render";

export default cachedVariant(HomePage);
